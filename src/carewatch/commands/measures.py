"""`carewatch measures`: the figures DfE and Ofsted judge a council by, computed from its returns."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from carewatch.errors import InputError

out = Console()


def measures(
    paths: Annotated[list[Path] | None, typer.Argument(help="The return's files (folder, CSVs or XML).")] = None,
    year: Annotated[str | None, typer.Option(help="Collection year, e.g. 2025-26.")] = None,
    previous: Annotated[list[Path] | None, typer.Option(help="Last year's return, for two-year measures.")] = None,
    la: Annotated[str | None, typer.Option(help="The council's DfE 3-digit code (for its population and benchmarks).")] = None,
    population: Annotated[int | None, typer.Option(help="Children aged 0-17, if not the shipped ONS estimate.")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write every row to .csv, .xlsx or .parquet.")] = None,
    docs: Annotated[Path | None, typer.Option(help="Write the measure definitions (markdown) here and stop.")] = None,
) -> None:
    """Compute the SSDA903 measures for one council and year."""
    if docs:
        from carewatch.measures.docs import render

        docs.write_text(render())
        out.print(f"Wrote {docs}")
        return
    if not paths or not year:
        raise typer.BadParameter("give the return's files and --year (or --docs FILE)")
    from carewatch.engine.measures import load_measures
    from carewatch.measures.service import measure_files

    try:
        table, skipped, notes = measure_files("ssda903", paths, year, previous, la, population)
    except ValueError as exc:
        raise InputError(str(paths[0]), str(exc)) from None
    titles = {m.id: m for m in load_measures("ssda903")}
    view = Table(title=f"Measures, {year}" + (f", council {la}" if la else ""))
    for col in ("Measure", "Value", "Numerator", "Denominator"):
        view.add_column(col)
    for r in table.to_pylist():
        if r["breakdown"] == "total":
            m = titles[r["measure_id"]]
            value = "unknown" if r["value"] is None else f"{r['value']:,.1f}" if m.unit != "count" else f"{r['value']:,.0f}"
            view.add_row(m.title, value, _n(r["numerator"]), _n(r["denominator"]))
    out.print(view)
    for note in notes:
        out.print(f"[yellow]note:[/yellow] {note}")
    for m, why in skipped:
        out.print(f"[yellow]not computed:[/yellow] {m.title}: {why}")
    if out_file:
        _write(table, out_file)
        out.print(f"Wrote {out_file} ({table.num_rows:,} rows with breakdowns)")


def _n(v: float | None) -> str:
    return "" if v is None else f"{v:,.0f}"


def _write(table, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path)
    elif suffix == ".csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, path)
    elif suffix == ".xlsx":
        import xlsxwriter

        book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
        sheet = book.add_worksheet("Measures")
        sheet.write_row(0, 0, table.column_names)
        for i, row in enumerate(table.to_pylist(), start=1):
            sheet.write_row(i, 0, list(row.values()))
        book.close()
    else:
        raise InputError(str(path), "write measures to a .csv, .xlsx or .parquet file")
