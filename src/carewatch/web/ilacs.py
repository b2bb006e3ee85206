"""Ofsted ILACS vocabulary and the dates that follow from an inspection. Plain Python (no Django): the models,
forms, API and any CLI use these one definitions.

Sources (domain.md): the four-point scale and five judgement areas [S15][S24], care leavers judged separately
from January 2023 [S6], overall effectiveness removed from April 2026 [S12], next-inspection window = the
3-year anniversary of the last inspection +/- 6 months [S3], short for good/outstanding, standard for requires
improvement, monitoring visits then standard re-inspection for inadequate [S3][S4][S8], action plan 70 working
days after the report and a draft 20 working days after a focused visit with priority actions [S7][S10].
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from carewatch.reference.working_days import WorkingDays

GRADES = {  # canonical value -> Ofsted's wording; best first
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement to be good",
    "inadequate": "Inadequate",
}
GRADE_RANK = {g: i for i, g in enumerate(GRADES)}  # 0 best .. 3 worst

AREAS = {  # field name -> judgement area (since January 2023)
    "overall_effectiveness": "Overall effectiveness",
    "impact_of_leaders": "The impact of leaders on social work practice with children and families",
    "help_and_protection": "The experiences and progress of children who need help and protection",
    "in_care": "The experiences and progress of children in care",
    "care_leavers": "The experiences and progress of care leavers",
}

KINDS = {
    "standard": "ILACS standard inspection",
    "short": "ILACS short inspection",
    "focused_visit": "Focused visit",
    "jtai": "Joint targeted area inspection (JTAI)",
    "monitoring_visit": "Monitoring visit",
    "sif": "Single inspection framework (SIF, before 2018)",
    "ilacs": "ILACS inspection (short or standard not stated)",  # as some national records give it
}
GRADED_KINDS = {"standard", "short", "sif", "ilacs"}  # the kinds that carry the judgements
PARTNER_INSPECTORATES = {"cqc": "Care Quality Commission (CQC)",
                         "hmicfrs": "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)",
                         "hmip": "HM Inspectorate of Probation (HMIP)"}
FINDING_KINDS = {"priority_action": "Area for priority action", "improvement_area": "Area for improvement"}

ILACS_START = date(2018, 1, 1)  # ILACS applied from January 2018; SIF before [S1]
CARE_LEAVERS_FROM = date(2023, 1, 1)  # separate care-leaver judgement [S6]
NO_OVERALL_FROM = date(2026, 4, 1)  # overall effectiveness removed [S12]

FINAL_PLAN_WORKING_DAYS = 70
DRAFT_PLAN_WORKING_DAYS = 20


def judgement_problems(kind: str, start: date | None, grades: Mapping[str, str | None]) -> dict[str, str]:
    """What is wrong with these judgements for this kind of inspection starting on this date: {area: message}."""
    problems: dict[str, str] = {}
    given = {area: g for area, g in grades.items() if g}
    for area, grade in given.items():
        if area not in AREAS:
            problems[area] = f"{area} is not an ILACS judgement area"
        elif grade not in GRADES:
            problems[area] = f"Choose one of: {', '.join(GRADES.values())}"
    if given and kind not in GRADED_KINDS:
        for area in given:
            problems.setdefault(area, f"A {KINDS.get(kind, kind).lower()} does not give judgements; leave this blank")
        return problems
    if start is None:
        return problems
    if start >= NO_OVERALL_FROM and given.get("overall_effectiveness"):
        problems["overall_effectiveness"] = ("Ofsted gives no overall effectiveness judgement for inspections from "
                                             "1 April 2026; leave this blank")
    if kind in ("standard", "short", "ilacs") and start < CARE_LEAVERS_FROM and given.get("care_leavers"):
        # ILACS judged care leavers with children in care until 2023 (the SIF graded them separately)
        problems["care_leavers"] = "Care leavers were judged separately only from January 2023; leave this blank"
    return problems


def headline_grade(grades: Mapping[str, str | None], start: date) -> str | None:
    """The grade that decides what comes next: overall effectiveness; from April 2026, when there is none, the
    lowest of the other judgements (carewatch's assumption until Ofsted's revised framework says otherwise)."""
    if grades.get("overall_effectiveness"):
        return grades["overall_effectiveness"]
    if start < NO_OVERALL_FROM:
        return None
    others = [g for a, g in grades.items() if g in GRADE_RANK and a != "overall_effectiveness"]
    return max(others, key=GRADE_RANK.__getitem__) if others else None


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class NextInspection:
    kind: str  # "short" | "standard" | "monitoring_visit"
    earliest: date | None
    latest: date | None
    explanation: str


def next_inspection(last_end: date, grade: str | None, plan_due: date | None = None) -> NextInspection | None:
    """What Ofsted does next after a graded inspection that ended on last_end (domain.md rule 3)."""
    if grade is None:
        return None
    if grade == "inadequate":
        # VERIFY (searched 23 Nov 2026, not confirmed for the current framework): quarterly visits, the first within
        # about 4 weeks of the action-plan deadline, at least 4 before re-inspection, which is usually within 24
        # months of the action plan, come from Ofsted's inspectors' handbooks "Monitoring local authority
        # children's services judged inadequate" (May 2016, ref. 160035, para 3: "quarterly monitoring visits") and
        # "Monitoring and re-inspection of ... judged inadequate" (May 2017), and the consultation outcome
        # "Re-inspection of inadequate local authorities" (May 2016, ref. 160032). The ILACS framework's September
        # 2018 update says re-inspection is "a standard inspection under this framework" (quoted by CYP Now,
        # 17 Sep 2018). The current framework's own monitoring section (gov.uk "Inspecting local authority
        # children's services", updated 2024) could not be read, so the cadence stays an estimate.
        first_visit = add_months(plan_due or last_end, 1)
        return NextInspection(
            "monitoring_visit", None, first_visit,
            "Inadequate: monitoring visits about every 3 months, the first within about 4 weeks of the action "
            "plan deadline, then a standard re-inspection, usually within 24 months of the action plan "
            "(Ofsted's 2016-17 monitoring handbook; to be checked against the current ILACS framework).")
    anniversary = add_months(last_end, 36)
    kind = "short" if grade in ("outstanding", "good") else "standard"
    return NextInspection(
        kind, add_months(anniversary, -6), add_months(anniversary, 6),
        f"{GRADES[grade]}: an {KINDS[kind]} between 6 months before and 6 months after the 3-year "
        "anniversary of the last inspection.")


@dataclass(frozen=True)
class Deadline:
    what: str
    due: date
    basis: str


def plan_deadlines(kind: str, published: date | None, has_priority_actions: bool, wd: WorkingDays) -> list[Deadline]:
    """Action-plan deadlines after a report or letter is published (received), in working days."""
    if published is None:
        return []
    out: list[Deadline] = []
    if kind == "focused_visit" and has_priority_actions:
        out.append(Deadline("Draft action plan", wd.add(published, DRAFT_PLAN_WORKING_DAYS),
                            f"{DRAFT_PLAN_WORKING_DAYS} working days after a focused visit letter with areas for priority action"))
        out.append(Deadline("Final action plan", wd.add(published, FINAL_PLAN_WORKING_DAYS),
                            f"{FINAL_PLAN_WORKING_DAYS} working days after the letter"))
    elif kind in GRADED_KINDS:
        out.append(Deadline("Written statement of action (improvement plan)", wd.add(published, FINAL_PLAN_WORKING_DAYS),
                            f"{FINAL_PLAN_WORKING_DAYS} working days after the report (s137 Education and "
                            "Inspections Act 2006)"))
    return out


def deadline_status(due: date, submitted: date | None, today: date, wd: WorkingDays) -> str:
    """'submitted 8 October 2025, on time' / '... 3 working days late' / relative() when not yet submitted."""
    if submitted is None:
        return relative(due, today, wd)
    when = f"submitted {submitted.day} {submitted:%B %Y}"
    late = wd.between(due, submitted)
    return f"{when}, on time" if late <= 0 else f"{when}, {late} working day{'s' if late != 1 else ''} late"


def relative(due: date, today: date, wd: WorkingDays) -> str:
    """'in 5 working days', 'due today', 'overdue by 3 working days'."""
    if due == today:
        return "due today"
    n = wd.between(today, due)
    if due > today:
        return f"in {n} working day{'s' if n != 1 else ''}" if n else "due on the next working day"
    n = -n
    return f"overdue by {n} working day{'s' if n != 1 else ''}" if n else "overdue"


RAG = {"red": "Red", "amber": "Amber", "green": "Green", "done": "Done"}
AMBER_WORKING_DAYS = 10


def rag(due: date | None, done: bool, today: date, wd: WorkingDays) -> str:
    """Red when overdue, amber within 10 working days of the due date, green otherwise; done when complete."""
    if done:
        return "done"
    if due is None:
        return "green"
    if due < today:
        return "red"
    return "amber" if wd.between(today, due) <= AMBER_WORKING_DAYS else "green"
