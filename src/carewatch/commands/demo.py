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
    import pyarrow as pa
    import pyarrow.csv as pacsv

    from carewatch import settings
    from carewatch.engine.validate import validate_files
    from carewatch.measures.service import measure_files
    from carewatch.reports.findings import write_csv, write_xlsx
    from carewatch.synth.council import write_both

    root = settings.home() / "demo"
    out.print(f"1. Making a synthetic council: {children:,} children looked after and its children in need ({year} and the year before)")
    # A few deliberate errors, as a real return has, so the reports show findings traced to children and rows.
    write_both(root, year=year, children=children, seed=2026, la_code=DEMO_LA, inject_errors=DEMO_ERRORS)
    council, census = root / "903", root / "cin" / "cin_census.xml"
    postcodes = council / "reference" / "postcodes.csv"

    out.print("2. Validating its returns against the DfE rules")
    runs = {
        "903": validate_files("ssda903", [council / "current"], year, previous=[council / "previous"],
                              reference={"postcodes": postcodes}, la_code=DEMO_LA),
        "cin": validate_files("cin", [census], year, la_code=DEMO_LA),
    }
    for name, run in runs.items():
        report = root / "validation" / name
        report.mkdir(parents=True, exist_ok=True)
        write_csv(run.result, report / "findings.csv")
        write_xlsx(run.result, run.submission, report / "findings.xlsx")
        out.print(f"   {name}: {len(run.result.ran)} rules run, {run.result.findings.num_rows:,} findings; report: {report / 'findings.xlsx'}")

    out.print("3. Computing its measures")
    t903, _, _ = measure_files("ssda903", [council / "current"], year, previous=[council / "previous"], la_code=DEMO_LA, postcodes=postcodes)
    tcin, _, _ = measure_files("cin", [census], year, la_code=DEMO_LA)
    table = pa.concat_tables([t903, tcin])
    pacsv.write_csv(table, root / "measures.csv")
    totals = {r["measure_id"]: r["value"] for r in table.to_pylist() if r["breakdown"] == "total"}
    out.print(
        f"   {len(totals)} measures; children looked after at 31 March: {totals.get('cla_31mar', 0):,.0f}; "
        f"all measures: {root / 'measures.csv'}"
    )

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
