"""`carewatch validate 903|cin ...`: check a return against the DfE rules, print a summary, write the reports."""

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from carewatch.errors import InputError

validate_app = typer.Typer(no_args_is_help=True, help="Check a statutory return against the DfE validation rules.")
out = Console()


def _year_ok(year: str) -> str:
    from carewatch.returns.years import CollectionYear

    try:
        return str(CollectionYear.parse(year))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@validate_app.command("903")
def validate_903(
    paths: Annotated[list[Path], typer.Argument(help="A folder of the return's CSV files, the CSV files, or one XML file.")],
    year: Annotated[str, typer.Option(help="Collection year, e.g. 2025-26.", callback=_year_ok)],
    previous: Annotated[list[Path] | None, typer.Option(help="Last year's return (folder or files), for the year-on-year rules.")] = None,
    postcodes: Annotated[Path | None, typer.Option(help="Postcode centroids CSV (pcd, oseast1m, osnrth1m, laua) for the distance and location rules.")] = None,
    providers: Annotated[Path | None, typer.Option(help="Ofsted providers CSV (URN, LA_CODE, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE) for the URN rules.")] = None,
    la: Annotated[str | None, typer.Option(help="The council's DfE 3-digit code, e.g. 839.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for findings.csv and findings.xlsx.")] = Path("validation"),
    always_exit_zero: Annotated[bool, typer.Option("--always-exit-zero", help="Exit 0 even when errors are found.")] = False,
) -> None:
    """Validate an SSDA903 (children looked after) return. Exit 0 clean, 1 errors found, 2 unusable input."""
    reference = {k: v for k, v in (("postcodes", postcodes), ("providers", providers)) if v}
    run_validation("ssda903", paths, year, previous, reference, la, out_dir, always_exit_zero)


@validate_app.command("cin")
def validate_cin(
    path: Annotated[Path, typer.Argument(help="The CIN census XML file.")],
    year: Annotated[str, typer.Option(help="Collection year, e.g. 2025-26.", callback=_year_ok)],
    la: Annotated[str | None, typer.Option(help="The council's DfE 3-digit code, e.g. 839.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for findings.csv and findings.xlsx.")] = Path("validation"),
    always_exit_zero: Annotated[bool, typer.Option("--always-exit-zero", help="Exit 0 even when errors are found.")] = False,
) -> None:
    """Validate a children in need census. Exit 0 clean, 1 errors found, 2 unusable input."""
    run_validation("cin", [path], year, None, {}, la, out_dir, always_exit_zero)


def run_validation(
    return_name: str,
    paths: list[Path],
    year: str,
    previous: list[Path] | None,
    reference: dict[str, Path],
    la: str | None,
    out_dir: Path,
    always_exit_zero: bool,
) -> None:
    from carewatch.engine.validate import validate_files
    from carewatch.reports.findings import write_csv, write_xlsx

    with _progress() as (started, checked):
        try:
            run = validate_files(
                return_name, paths, year, previous=previous, reference=reference, la_code=la,
                on_rule=checked, on_start=started,
            )
        except ValueError as exc:
            raise InputError(str(paths[0]), str(exc)) from None
    result = run.result
    out_dir.mkdir(parents=True, exist_ok=True)
    write_csv(result, out_dir / "findings.csv")
    write_xlsx(result, run.submission, out_dir / "findings.xlsx")
    _summary(run, out_dir)
    if result.errors() and not always_exit_zero:
        sys.exit(1)


@contextmanager
def _progress() -> Iterator[tuple[Callable[[int], None], Callable[[object], None]]]:
    """(on_start, on_rule) for validate_files, drawing a bar on a terminal. Rich draws no live bar anywhere
    else (a script, CI, a pipe), so there the bar is left out and rich.progress is not even imported."""
    err = Console(stderr=True)
    if not err.is_terminal:
        yield (lambda total: None), (lambda rule: None)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("Reading files", total=None)
        yield (lambda total: bar.update(task, description="Checking rules", total=total)), (lambda rule: bar.advance(task))


def _summary(run, out_dir: Path) -> None:
    result = run.result
    sub = run.submission
    for note in sub.notes:
        out.print(f"[yellow]note:[/yellow] {note}")
    counts = Counter(result.findings.column("rule_code").to_pylist())
    rules = {r.code: r for r in result.ran}
    if counts:
        from rich.table import Table

        table = Table(title=f"Findings by rule ({sum(counts.values()):,} in all)", show_lines=False)
        for col in ("Rule", "Severity", "Findings", "Message"):
            table.add_column(col, overflow="fold")
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(code, rules[code].severity, f"{n:,}", rules[code].message)
        out.print(table)
    if result.skipped:
        reasons = Counter(why for _, why in result.skipped)
        for why, n in reasons.items():
            out.print(f"[yellow]{n} rule(s) not run:[/yellow] {why}")
    children = sub.tables["header" if sub.return_name == "ssda903" else "child_identifiers"].num_rows
    errors = result.errors()
    queries = result.findings.num_rows - errors
    out.print(
        f"{sub.return_name} {sub.year}: {children:,} children, {len(result.ran)} rules run, "
        f"[{'red' if errors else 'green'}]{errors:,} errors[/], {queries:,} queries."
    )
    out.print(f"Report: {out_dir / 'findings.xlsx'}   Findings: {out_dir / 'findings.csv'}")
