"""Turn a report read by carewatch.inspections (ReportReading) into this app's inspection fields, so a user can
check and confirm it. The reader's vocabulary maps onto the register's as follows (domain.md §1.2):
- ilacs_standard / ilacs_short -> standard / short;
- before January 2023 ILACS judged children in care and care leavers together: that grade goes to `in_care`;
- SIF "looked after and achieving permanence" -> `in_care`, "leadership, management and governance" ->
  `impact_of_leaders`; the SIF adoption performance sub-judgement has no place in the register and is listed
  as not kept."""

from typing import Any

from carewatch.web import ilacs

KIND = {"ilacs_standard": "standard", "ilacs_short": "short", "focused_visit": "focused_visit",
        "monitoring_visit": "monitoring_visit", "jtai": "jtai", "sif": "sif"}
AREA = {"in_care_and_care_leavers": "in_care", "looked_after_and_permanence": "in_care",
        "leadership_management_governance": "impact_of_leaders"}


def from_reading(reading: Any, file_name: str) -> dict[str, Any]:
    """A JSON-safe summary (kept in the session until the user confirms)."""
    judgements: dict[str, str] = {}
    not_kept: list[str] = []
    for area, grade in (reading.judgements or {}).items():
        target = AREA.get(area, area)
        if target in ilacs.AREAS and grade in ilacs.GRADES:
            judgements[target] = grade
        else:
            not_kept.append(f"{area.replace('_', ' ')}: {grade}")
    return {
        "file_name": file_name,
        "la_code": reading.council_code or "",
        "council_name": reading.council_name or "",
        "kind": KIND.get(reading.kind or "", ""),
        "start_date": reading.start_date.isoformat() if reading.start_date else None,
        "end_date": reading.end_date.isoformat() if reading.end_date else None,
        "published": reading.published.isoformat() if reading.published else None,
        "lead_inspector": reading.lead_inspector or "",
        "judgements": judgements,
        "findings": [{"kind": f.kind, "text": f.text} for f in reading.findings if f.kind in ilacs.FINDING_KINDS],
        "unread": [f"{k.replace('_', ' ')}: {v}" for k, v in (reading.unread or {}).items()],
        "not_kept": not_kept,
    }


def initial(summary: dict[str, Any]) -> dict[str, Any]:
    from datetime import date

    out: dict[str, Any] = {k: summary[k] for k in ("la_code", "kind", "lead_inspector") if summary.get(k)}
    for k in ("start_date", "end_date", "published"):
        if summary.get(k):
            out[k] = date.fromisoformat(summary[k])
    return out | summary["judgements"]
