"""`carewatch demo`: a synthetic council, validated, measured and served on localhost."""

from typing import Annotated

import typer
from rich.console import Console

out = Console()
DEMO_LA = "839"  # real council codes give the demo real neighbours; every child in it is synthetic
DEMO_ERRORS = 40


def demo(
    children: Annotated[int, typer.Option(help="Children in the synthetic council's 903 return.")] = 2000,
    year: Annotated[str, typer.Option(help="Collection year to generate.")] = "2025-26",
    serve: Annotated[bool, typer.Option(help="Serve the web app at the end.")] = True,
    port: Annotated[int, typer.Option(help="Port for the web app on 127.0.0.1.")] = 8000,
) -> None:
    """Make a synthetic council, validate and measure its returns, then serve the app on localhost."""
    from carewatch import settings
    from carewatch.engine.validate import validate_files
    from carewatch.measures.service import measure_files
    from carewatch.reports.findings import write_csv, write_xlsx
    from carewatch.synth.ssda903 import write_council

    root = settings.home() / "demo"
    council = root / "903"
    out.print(f"1. Making a synthetic council of {children:,} children ({year} and the year before) in {council}")
    # A few deliberate errors, as a real return has, so the report shows findings traced to children and rows.
    write_council(council, year=year, children=children, seed=2026, la_code=DEMO_LA, inject_errors=DEMO_ERRORS)

    out.print("2. Validating its 903 return against the DfE rules")
    run = validate_files(
        "ssda903", [council / "current"], year, previous=[council / "previous"],
        reference={"postcodes": council / "reference" / "postcodes.csv"}, la_code=DEMO_LA,
    )
    report = root / "validation"
    report.mkdir(parents=True, exist_ok=True)
    write_csv(run.result, report / "findings.csv")
    write_xlsx(run.result, run.submission, report / "findings.xlsx")
    out.print(
        f"   {len(run.result.ran)} rules run, {run.result.findings.num_rows:,} findings; "
        f"report: {report / 'findings.xlsx'}"
    )

    out.print("3. Computing its measures")
    table, _, _ = measure_files("ssda903", [council / "current"], year, previous=[council / "previous"], la_code=DEMO_LA)
    import pyarrow.csv as pacsv

    pacsv.write_csv(table, root / "measures.csv")
    totals = {r["measure_id"]: r["value"] for r in table.to_pylist() if r["breakdown"] == "total"}
    out.print(f"   children looked after at 31 March: {totals.get('cla_31mar', 0):,.0f}; measures: {root / 'measures.csv'}")

    if serve:
        _serve(table.to_pylist(), port)


def _serve(measure_rows: list[dict], port: int) -> None:
    from carewatch.web import demo as web_demo
    from carewatch.web import serve

    out.print("4. Preparing the web app: inspections, intervention, improvement plan and governance")
    users = web_demo.seed(council_code=DEMO_LA)
    from carewatch.web.plans.feed import feed

    fed = feed(measure_rows)
    out.print(f"   {fed} plan measure value(s) updated from the computed returns")
    out.print("   Demo users (passwords shown once):")
    for username, password in users.items():
        role = web_demo.USERS.get(username, ("", ""))[1]
        out.print(f"     {username:<12} {password:<22} {role}")
    out.print(f"Open http://127.0.0.1:{port}/ and log in as one of them. Ctrl+C stops the server.")
    serve(host="127.0.0.1", port=port)
