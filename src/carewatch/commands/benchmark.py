"""`carewatch benchmark --la 839 [--measures FILE] [--year 2025] [--out FILE]`: the council beside its
statistical neighbours, region and England, with its rank, quartile band and five-year trend."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

out = Console()


def benchmark(
    la: Annotated[str, typer.Option(help="The council's DfE 3-digit code, e.g. 839.")],
    measures: Annotated[Path | None, typer.Option(help="The council's own measures (the .csv or .parquet `carewatch measures --out` wrote).")] = None,
    year: Annotated[int | None, typer.Option(help="Published year to compare (year ending 31 March, e.g. 2025); the latest when left out.")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write every row to .csv, .xlsx or .parquet.")] = None,
) -> None:
    """Compare a council's measures with its statistical neighbours, its region and England (published DfE figures)."""
    from carewatch.benchmarks.compare import compare, read_measures
    from carewatch.commands.measures import format_value, write_table
    from carewatch.reference import records

    own = read_measures(measures) if measures else None
    table = compare(la, own, year)
    council = next(r for r in records() if r.la_code == la and r.current)
    view = Table(title=f"{council.name} ({la}) beside its statistical neighbours, {council.region_name} and England")
    columns = ["Measure", "Year", "Council"] + (["Own"] if own is not None else []) + ["Neighbours (range)", "Region", "England", "Rank", "Band", "Trend"]
    for col in columns:
        view.add_column(col)
    for r in table.to_pylist():
        unit = r["unit"]
        name = r["title"] + ("" if r["breakdown"] == "total" else f": {r['category']}")

        def v(x: float | None, unit: str = unit) -> str:
            return format_value(x, unit) if x is not None else "-"

        council_text = v(r["council"]) if r["council"] is not None else (r["council_symbol"] or "-")
        sn = f"{v(r['neighbours_average'])} ({v(r['neighbours_min'])} to {v(r['neighbours_max'])})" if r["neighbours_with_values"] else "-"
        rank = f"{r['rank']} of {r['ranked']}" if r["rank"] else "-"
        row = [name, str(r["year"]), council_text]
        if own is not None:
            row.append(f"{v(r['own_value'])}" + (f" (rank {r['own_rank']}, {r['own_quartile_band']})" if r["own_rank"] else ""))
        row += [sn, v(r["region"]), v(r["england"]), rank, r["quartile_band"] or "-", r["trend"] or "-"]
        view.add_row(*row)
    out.print(view)
    if own is not None:
        periods = sorted({p for p in own.column("period").to_pylist() if p})
        out.print(f"Own: this council's figures computed from its returns ({', '.join(periods)}), ranked among the published year's councils.")
    out.print("Rank 1 is best for the measure's polarity; band A is the best quarter of councils (LAIT style). "
              "Sources: DfE explore-education-statistics and LAIT, Open Government Licence v3.0.")
    if out_file:
        write_table(table, out_file, sheet_name="Benchmarks")
        out.print(f"Wrote {out_file} ({table.num_rows:,} rows)")
