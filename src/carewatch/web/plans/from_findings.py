"""Start an improvement plan from an inspection's findings (issue 7): one priority per finding, linked to it and
to its judgement area. Idempotent per finding: a finding that already has a priority in one of the council's
plans is left alone, so pressing the button twice adds nothing."""

from django.db import transaction

from carewatch.web.inspections.models import Inspection
from carewatch.web.plans.models import Plan, Priority

TITLE_LENGTH = Priority._meta.get_field("title").max_length or 200


def current_draft(inspection: Inspection) -> Plan | None:
    """The council's draft plan to add to: one answering this inspection first, else its latest draft."""
    drafts = Plan.objects.filter(local_authority__la_code=inspection.local_authority.la_code, status="draft")
    return (drafts.filter(responds_to=inspection).order_by("-drafted", "-pk").first()
            or drafts.order_by("-drafted", "-pk").first())


def _title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 3].rstrip() + "..."


def start_plan(inspection: Inspection) -> tuple[Plan | None, int]:
    """Add a priority for every finding not yet answered by one of the council's plans, to the current draft
    (made when there is none). Returns (the plan, or None when nothing was left to add; priorities added)."""
    with transaction.atomic():
        answered = Priority.objects.filter(plan__local_authority__la_code=inspection.local_authority.la_code)
        todo = list(inspection.findings.exclude(priorities__in=answered))  # priority actions first (model order)
        if not todo:
            return None, 0
        plan = current_draft(inspection)
        if plan is None:
            plan = Plan.objects.create(local_authority=inspection.local_authority, responds_to=inspection,
                                       title=f"Improvement plan after the {inspection}", status="draft")
        number = plan.priorities.order_by("-number").values_list("number", flat=True).first() or 0
        for finding in todo:
            number += 1
            priority = Priority.objects.create(plan=plan, number=number, title=_title(finding.text),
                                               area=finding.area, description=finding.text)
            priority.findings.add(finding)
    return plan, len(todo)
