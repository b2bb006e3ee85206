"""`carewatch inspection ...`: read an Ofsted report, show the national record of judgements."""

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from carewatch.errors import InputError

inspection_app = typer.Typer(no_args_is_help=True, help="Ofsted inspections: read a report, show the national record.")
out = Console(highlight=False, width=None if sys.stdout.isatty() else 150)  # tables stay whole in a pipe or file
err = Console(stderr=True, highlight=False)

_SHORT = {"outstanding": "Outst.", "good": "Good", "requires_improvement": "RI", "inadequate": "Inad.", "none": "none"}
_AREA_SHORT = {"overall_effectiveness": "overall", "impact_of_leaders": "leaders", "help_and_protection": "help",
               "in_care": "in care", "care_leavers": "leavers", "in_care_and_care_leavers": "care+leavers"}
_GRADE_WORDS = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement to be good",
                "inadequate": "Inadequate", "none": "no grade"}


@inspection_app.command("read")
def read(
    report: Annotated[Path, typer.Argument(help="An Ofsted report on a council's children's services (PDF).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a summary.")] = False,
) -> None:
    """Read a report into council, kind, dates, judgements and findings. Exit 2 if it is not a readable report."""
    from carewatch.inspections.reports import read_report

    reading = read_report(report)
    if reading.kind is None:
        err.print(f"[yellow]note:[/yellow] {escape(str(report))}: {escape(reading.unread.get('kind', 'kind not known'))}")
    if as_json:
        print(reading.to_json())
        return
    out.print(f"[bold]{escape(reading.council_name or '?')}[/bold] ({reading.council_code or 'code not found'})  {reading.kind or 'kind not known'}")
    out.print(f"inspection {reading.start_date or '?'} to {reading.end_date or '?'}; published {reading.published or 'not stated'}; "
              f"lead inspector {reading.lead_inspector or 'not found'}")
    if reading.judgements:
        table = Table("judgement", "grade")
        for area, grade in reading.judgements.items():
            table.add_row(area, _GRADE_WORDS[grade])
        out.print(table)
    for i, finding in enumerate(reading.findings, start=1):
        out.print(escape(f"{i:>2}. [{finding.kind}] {finding.text}"))
    for name, reason in reading.unread.items():
        out.print(f"[yellow]not read[/yellow] {name}: {escape(reason)}")


@inspection_app.command("national")
def national(
    path: Annotated[Path | None, typer.Argument(help="Ofsted's 'Local authority inspection outcomes' .ods (default: the 2025 release shipped with carewatch).")] = None,
    la: Annotated[str | None, typer.Option("--la", help="A council's DfE 3-digit code, e.g. 839.")] = None,
) -> None:
    """A council's record, its statistical neighbours' latest judgements and the England/region distribution."""
    from carewatch.inspections import councils, grades
    from carewatch.inspections.national import distribution, neighbours, read_national_record

    record = read_national_record(path)
    out.print(f"[bold]{record.as_at}[/bold] (published {record.published}; {len(record.latest)} councils, "
              f"{len(record.in_year)} inspections and visits in the year, {len(record.history)} ILACS inspections since 2018)")
    areas = [grades.OVERALL, grades.LEADERS, grades.HELP, grades.IN_CARE, grades.CARE_LEAVERS, grades.IN_CARE_AND_CARE_LEAVERS]
    region = None
    if la:
        latest = record.latest_for(la)
        if latest is None:
            known = councils.by_code(la)
            raise InputError("--la", f"no council with DfE code {la!r} in the release" + (f" ({known.name} no longer exists)" if known else ""))
        region = latest.region
        out.print(f"\n[bold]{latest.la_name}[/bold] ({la}), {region}")
        hist = Table("start", "kind", "published", *(_AREA_SHORT[a] for a in areas), title="ILACS inspections since 2018 and visits in the year")
        for r in sorted({(r.start_date, r.kind): r for r in record.history_for(la) + record.in_year_for(la)}.values(), key=lambda r: r.start_date):
            hist.add_row(str(r.start_date), r.kind + (f" ({r.theme})" if r.theme else ""), str(r.published or ""),
                         *(_SHORT.get(r.judgements.get(a, ""), "") for a in areas))
        out.print(hist)
        near = Table("#", "council", "closeness", "latest", *(_AREA_SHORT[a] for a in areas), title="Statistical neighbours' latest judgements")
        for n in neighbours(la):
            theirs = record.latest_for(n.la_code)
            council = councils.by_code(n.la_code)
            near.add_row(str(n.rank), f"{council.name if council else '?'} ({n.la_code})", n.closeness,
                         str(theirs.start_date) if theirs else "not in release",
                         *(_SHORT.get(theirs.judgements.get(a, ""), "") if theirs else "" for a in areas))
        out.print(near)
    own = record.latest_for(la) if la else None
    for scope, rows in (("England", record.latest), (region, [r for r in record.latest if r.region == region])):
        if scope is None:
            continue
        dist = Table("judgement", *(_SHORT[g] for g in (*grades.GRADES, "none")), title=f"Latest judgements, {scope}: councils per grade")
        for area in areas:
            counts = distribution(rows, area)
            mine = own.judgements.get(area) if own else None
            dist.add_row(_AREA_SHORT[area], *(f"[bold]{counts[g]}*[/bold]" if g == mine else str(counts[g]) for g in (*grades.GRADES, "none")))
        out.print(dist)
    if la:
        out.print("* the council's own grade")
    out.print("Outst. outstanding, RI requires improvement to be good, Inad. inadequate; care+leavers is the combined "
              "judgement of inspections before January 2023")
