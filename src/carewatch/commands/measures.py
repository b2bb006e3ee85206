"""`carewatch measures [903|cin] PATH...`: the figures DfE and Ofsted judge a council by, computed from its returns."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from carewatch.errors import InputError

out = Console()


def measures(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="The return (903 or cin; 903 when left out), then its files (folder, CSVs or XML)."),
    ] = None,
    year: Annotated[str | None, typer.Option(help="Collection year, e.g. 2025-26.")] = None,
    previous: Annotated[list[Path] | None, typer.Option(help="Last year's return, for two-year measures.")] = None,
    la: Annotated[str | None, typer.Option(help="The council's DfE 3-digit code (for its population and benchmarks).")] = None,
    population: Annotated[int | None, typer.Option(help="Children aged 0-17, if not the shipped ONS estimate.")] = None,
    postcodes: Annotated[Path | None, typer.Option(help="Postcode centroids CSV (pcd, oseast1m, osnrth1m, laua), for placement location and distance.")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write every row to .csv, .xlsx or .parquet.")] = None,
    shared: Annotated[bool, typer.Option("--shared", help="For sharing: numbers of 1 to 5 children (and values from them) written as c.")] = False,
    docs: Annotated[Path | None, typer.Option(help="Write the measure definitions (markdown) here and stop.")] = None,
    councils: Annotated[Path | None, typer.Option(help="A folder of many councils' returns (as `carewatch synth england` writes): every measure for every council and year.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="With --councils: councils measured side by side (default one per core).")] = None,
) -> None:
    """Compute a return's measures (SSDA903 or CIN census) for one council and year, or for a folder of councils."""
    if docs:
        from carewatch.measures.docs import render

        docs.write_text(render())
        out.print(f"Wrote {docs}")
        return
    if councils:
        _measure_councils(councils, workers, out_file, shared)
        return
    from carewatch.measures.service import RETURN_NAMES

    paths = list(paths or [])
    return_name = "ssda903"
    if paths and str(paths[0]).lower() in RETURN_NAMES and not paths[0].exists():
        return_name = RETURN_NAMES[str(paths.pop(0)).lower()]
    if not paths or not year:
        raise typer.BadParameter("give the return (903 or cin), its files and --year (or --docs FILE)")
    from carewatch.measures.service import measure_files
    from carewatch.measures.service import measures as load_measures

    try:
        table, skipped, notes = measure_files(return_name, paths, year, previous, la, population, postcodes)
    except ValueError as exc:
        raise InputError(str(paths[0]), str(exc)) from None
    titles = {m.id: m for m in load_measures(return_name)}
    view = Table(title=f"{'SSDA903' if return_name == 'ssda903' else 'CIN census'} measures, {year}" + (f", council {la}" if la else ""))
    for col in ("Measure", "Value", "Numerator", "Denominator"):
        view.add_column(col)
    for r in table.to_pylist():
        if r["breakdown"] == "total":
            m = titles[r["measure_id"]]
            view.add_row(m.title, format_value(r["value"], m.unit), _n(r["numerator"]), _n(r["denominator"]))
    out.print(view)
    for note in notes:
        out.print(f"[yellow]note:[/yellow] {note}")
    for m, why in skipped:
        out.print(f"[yellow]not computed:[/yellow] {m.title}: {why}")
    if out_file:
        if shared:
            from carewatch.measures.disclosure import suppress_small_counts

            table = suppress_small_counts(table, {m.id: m.unit == "count" for m in titles.values()})
        write_table(table, out_file)
        out.print(f"Wrote {out_file} ({table.num_rows:,} rows with breakdowns" + (", counts of 1 to 5 shown as c)" if shared else ")"))


def _measure_councils(folder: Path, workers: int | None, out_file: Path | None, shared: bool) -> None:
    """Every council and year in the folder: read (once), measured, England's totals printed, rows written."""
    import pyarrow.compute as pc
    from rich.progress import Progress

    from carewatch.measures.national import jobs_in, measure_councils, read_councils

    jobs = jobs_in(folder)
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Reading returns (kept typed for next time)", total=len(jobs))
        read_councils(folder, workers, on_done=lambda _job: progress.advance(task))
        task = progress.add_task("Measuring councils", total=len(jobs))
        run = measure_councils(folder, workers, on_done=lambda _job: progress.advance(task))
    table = run.table
    total = table.filter(pc.equal(table["breakdown"], "total"))
    view = Table(title=f"{len({j.la_code for j in jobs})} councils, {run.jobs} returns measured in {run.seconds:.1f} s: totals")
    headline = {"cla_31mar": "Children looked after at 31 March", "cla_started": "Started to be looked after",
                "cin_31mar": "Children in need at 31 March", "cin_referrals": "Referrals", "cin_cpp_31mar": "Child protection plans at 31 March"}
    years = sorted(set(total["period"].to_pylist()))
    view.add_column("Measure (sum over councils)")
    for y in years:
        view.add_column(y)
    for measure_id, title in headline.items():
        rows = total.filter(pc.equal(total["measure_id"], measure_id)).to_pylist()
        by_year = {y: sum(r["value"] or 0 for r in rows if r["period"] == y) for y in years}
        if rows:
            view.add_row(title, *(f"{by_year[y]:,.0f}" if any(r["period"] == y for r in rows) else "" for y in years))
    out.print(view)
    for measure_id, n in sorted(run.skipped.items()):
        out.print(f"[yellow]not computed:[/yellow] {measure_id} for {n} council-years (needs last year's return or a list)")
    for measure_id, why in sorted(run.per_council.items()):
        out.print(f"note: {measure_id} was measured council by council ({why})")
    if out_file:
        if shared:
            from carewatch.measures.disclosure import suppress_small_counts
            from carewatch.measures.service import measures as load_measures

            units = {m.id: m.unit == "count" for r in ("ssda903", "cin") for m in load_measures(r)}
            table = suppress_small_counts(table, units)
        write_table(table, out_file)
        out.print(f"Wrote {out_file} ({table.num_rows:,} rows)")


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "unknown"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "percent":
        return f"{value:,.1f}%"
    return f"{value:,.1f}"


def _n(v: float | None) -> str:
    return "" if v is None else f"{v:,.0f}"


def write_table(table, path: Path, sheet_name: str = "Measures") -> None:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path)
    elif suffix == ".csv":
        import pyarrow as pa
        import pyarrow.csv as pacsv

        from carewatch.reports.safe_cells import neutralise

        # A category comes from the return's own cells: never let a spreadsheet run one as a formula.
        safe = {name: [neutralise(v) for v in table.column(name).to_pylist()] if pa.types.is_string(table.schema.field(name).type)
                else table.column(name) for name in table.column_names}
        pacsv.write_csv(pa.table(safe, schema=table.schema), path)
    elif suffix == ".xlsx":
        import xlsxwriter

        book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
        sheet = book.add_worksheet(sheet_name)
        sheet.write_row(0, 0, table.column_names)
        for i, row in enumerate(table.to_pylist(), start=1):
            sheet.write_row(i, 0, list(row.values()))
        book.close()
    else:
        raise InputError(str(path), "write to a .csv, .xlsx or .parquet file")
