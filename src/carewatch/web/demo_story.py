"""The records behind carewatch.web.demo.seed() (imports Django models: call through seed()).

A synthetic history for `carewatch demo`: a real council's reference record (BCP, 839, by default) with an
invented inspection and improvement story that follows the seeds' cycle: requires improvement -> plan endorsed
by cabinet -> focused visit with priority actions -> inadequate -> statutory direction with an adviser ->
monitoring visits -> re-inspection. People, findings and plan text are synthetic; the pages say so."""

import secrets
from datetime import date, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from carewatch.web.accounts.roles import ROLES, ensure_groups
from carewatch.web.councils.models import Council, LocalAuthority, sync_local_authorities, working_days
from carewatch.web.governance.models import Decision, Meeting
from carewatch.web.inspections.models import Finding, Inspection
from carewatch.web.interventions.models import Intervention, Review
from carewatch.web.plans.models import Action, Comment, Evidence, Measure, MeasureValue, Plan, Priority

SOURCE = "carewatch demo (synthetic)"

PEOPLE = [  # username, first, last, role
    ("admin", "Morgan", "Reid", "system_admin"),
    ("analyst", "Priya", "Shah", "analyst"),
    ("manager", "Sam", "Okafor", "service_manager"),
    ("manager2", "Jo", "Clarke", "service_manager"),
    ("director", "Dana", "Whitfield", "director"),
    ("board", "Chris", "Lowe", "board_member"),
    ("councillor", "Pat", "Morgan", "councillor"),
]


def _users() -> dict[str, tuple[Any, str]]:
    ensure_groups()
    model = get_user_model()
    out = {}
    for username, first, last, role in PEOPLE:
        user, _ = model.objects.get_or_create(username=username, defaults={"first_name": first, "last_name": last})
        password = "-".join(secrets.token_urlsafe(4) for _ in range(3))  # 3 x 6 characters: 20 with dashes
        user.set_password(password)
        user.is_staff = user.is_superuser = role == "system_admin"
        user.save()
        user.groups.set([Group.objects.get(name=ROLES[role])])
        out[username] = (user, password)
    return out


def seed(council_code: str = "839", today: date | None = None) -> dict[str, str]:
    """Create (once) the demo council's records and (every time) fresh passwords for the demo users.
    Returns {username: password}."""
    today = today or timezone.localdate()
    with transaction.atomic():
        if not LocalAuthority.objects.exists():
            sync_local_authorities()
        la = LocalAuthority.for_code(council_code)
        users = _users()
        council = Council.current()
        if council is None:
            Council.objects.create(local_authority=la, display_name=la.name, demonstration=True)
        if not Inspection.objects.filter(source=SOURCE).exists():
            _story(la, {k: u for k, (u, _) in users.items()}, today)
    return {username: password for username, (_, password) in users.items()}


def _inspection(la: LocalAuthority, kind: str, start: date, end: date, published: date, lead: str,
                grades: dict[str, str] | None = None, findings: list[tuple[str, str, str]] = ()) -> Inspection:  # type: ignore[assignment]
    i = Inspection(local_authority=la, kind=kind, start_date=start, end_date=end, published=published,
                   lead_inspector=lead, source=SOURCE, **(grades or {}))
    i.full_clean()
    i.save()
    for fkind, area, text in findings:
        Finding.objects.create(inspection=i, kind=fkind, area=area, text=text)
    return i


def _meeting(body: str, day: date, title: str, attendees: list[str], decisions: list[tuple[str, str, Plan | None, str]]) -> Meeting:
    m = Meeting.objects.create(body=body, date=day, title=title, attendees="\n".join(attendees),
                               papers=f"{title}: report of the Director of Children's Services")
    for kind, text, plan, step in decisions:
        Decision.objects.create(meeting=m, kind=kind, text=text, plan=plan, plan_step=step)
    return m


def _story(la: LocalAuthority, u: dict[str, Any], today: date) -> None:
    RI, GOOD, INAD = "requires_improvement", "good", "inadequate"
    PA, AI = "priority_action", "improvement_area"
    cabinet = ["Cllr A. Example (Leader)", "Cllr Pat Morgan (Lead Member for Children)", "Dana Whitfield (DCS)"]
    scrutiny = ["Cllr B. Sample (Chair)", "Cllr C. Placeholder", "Dana Whitfield (DCS)", "Priya Shah (Performance)"]
    board = ["Chris Lowe (Independent Chair)", "Dana Whitfield (DCS)", "Police partner", "ICB partner", "DfE adviser"]

    first = _inspection(la, "standard", date(2018, 6, 11), date(2018, 6, 22), date(2018, 8, 1), "Synthetic HMI One",
                        {"overall_effectiveness": RI, "impact_of_leaders": RI, "help_and_protection": RI, "in_care": GOOD},
                        [(AI, "help_and_protection", "The timeliness of assessments for children in need."),
                         (AI, "in_care", "Sufficiency of local placements, including emergency foster care for older children."),
                         (AI, "impact_of_leaders", "Management oversight and supervision of frontline practice.")])
    plan1 = Plan.objects.create(local_authority=la, title="Children's services improvement plan 2018 to 2020", version="1",
                                status="submitted", responds_to=first, drafted=date(2018, 9, 3),
                                submitted_to_ofsted=date(2018, 11, 7),
                                summary="The council's written statement of action after the 2018 inspection.")
    _meeting("scrutiny", date(2018, 10, 10), "Children and young people overview and scrutiny", scrutiny,
             [("recommendation", "Report placement sufficiency progress to this committee every six months.", plan1, "scrutiny_considered")])
    _meeting("cabinet", date(2018, 10, 24), "Cabinet", cabinet,
             [("decision", "Cabinet endorses the improvement plan for submission to Ofsted.", plan1, "cabinet_endorsed")])

    _inspection(la, "focused_visit", date(2020, 10, 5), date(2020, 10, 6), date(2020, 11, 10), "Synthetic HMI Two",
                     findings=[(PA, "help_and_protection", "Children are not protected effectively when risks escalate out of hours."),
                               (PA, "help_and_protection", "Strategy discussions do not consistently include the police and health.")])
    second = _inspection(la, "standard", date(2021, 12, 6), date(2021, 12, 17), date(2022, 2, 10), "Synthetic HMI Three",
                         {"overall_effectiveness": INAD, "impact_of_leaders": INAD, "help_and_protection": INAD, "in_care": RI},
                         [(PA, "help_and_protection", "The quality and timeliness of the response to children at risk of significant harm."),
                          (PA, "impact_of_leaders", "Leaders' understanding of frontline practice and the use of performance information."),
                          (AI, "in_care", "Permanence planning for children in care, including early permanence."),
                          (AI, "impact_of_leaders", "Caseloads and the stability of the social work workforce.")])
    plan2 = Plan.objects.create(local_authority=la, title="Improvement plan after the 2021 inspection", version="2",
                                status="submitted", responds_to=second, drafted=date(2022, 3, 14),
                                submitted_to_ofsted=date(2022, 5, 20), submitted_to_dfe=date(2022, 5, 20))
    direction = Intervention.objects.create(
        local_authority=la, kind="statutory_direction", issued=date(2022, 4, 6), adviser="Alex Demo (DfE improvement adviser)",
        following=second, summary="Direction to work with an appointed improvement adviser and to establish an improvement board.")
    for due, held, outcome in [(date(2022, 10, 6), date(2022, 10, 12), "Early progress; leadership capacity strengthened."),
                               (date(2023, 4, 6), date(2023, 4, 20), "Progress in the front door; caseloads still high."),
                               (date(2024, 4, 6), date(2024, 4, 18), "Sustained progress; direction to remain until re-inspection.")]:
        Review.objects.create(intervention=direction, due=due, held=held, outcome=outcome)
    Review.objects.create(intervention=direction, due=today + timedelta(days=45))
    _meeting("scrutiny", date(2022, 4, 13), "Children's services scrutiny: Ofsted inspection outcome", scrutiny,
             [("recommendation", "Set up a monthly multi-agency audit of strategy discussions.", plan2, "scrutiny_considered")])
    _meeting("cabinet", date(2022, 4, 27), "Cabinet", cabinet,
             [("decision", "Cabinet endorses the improvement plan and delegates final changes to the DCS with the Lead Member.", plan2, "cabinet_endorsed")])
    for n, (s, e) in enumerate([(date(2022, 9, 13), date(2022, 9, 14)), (date(2023, 1, 24), date(2023, 1, 25)),
                                (date(2023, 6, 6), date(2023, 6, 7)), (date(2023, 11, 14), date(2023, 11, 15)),
                                (date(2024, 5, 21), date(2024, 5, 22))], start=1):
        _inspection(la, "monitoring_visit", s, e, e + timedelta(days=28), f"Synthetic HMI Four (visit {n})")

    third = _inspection(la, "standard", date(2025, 5, 12), date(2025, 5, 23), date(2025, 7, 10), "Synthetic HMI Five",
                        {"overall_effectiveness": RI, "impact_of_leaders": RI, "help_and_protection": RI, "in_care": RI,
                         "care_leavers": GOOD},
                        [(AI, "help_and_protection", "Consistency of management oversight in child in need work."),
                         (AI, "in_care", "Timeliness of health assessments for children coming into care."),
                         (AI, "care_leavers", "Access to suitable accommodation for care leavers aged 18 to 21.")])
    findings = {f.area: f for f in third.findings.all()}
    plan = Plan.objects.create(local_authority=la, title="Improvement plan 2025 to 2027", version="3", status="submitted",
                               responds_to=third, drafted=date(2025, 8, 1), submitted_to_ofsted=date(2025, 10, 8),
                               submitted_to_dfe=date(2025, 10, 8),
                               summary="Written statement of action after the 2025 re-inspection (requires improvement to be good).")
    _meeting("scrutiny", date(2025, 9, 10), "Children and young people overview and scrutiny", scrutiny,
             [("recommendation", "Add a measure for care leavers in suitable accommodation to the scorecard.", plan, "scrutiny_considered")])
    _meeting("improvement_board", date(2025, 9, 17), "Improvement board", board,
             [("decision", "The board agrees the plan's priorities and monthly exception reporting.", plan, "board_reviewed")])
    _meeting("cabinet", date(2025, 9, 24), "Cabinet", cabinet,
             [("decision", "Cabinet endorses the improvement plan for submission to Ofsted and DfE.", plan, "cabinet_endorsed")])
    rec = _meeting("improvement_board", today - timedelta(days=20), "Improvement board", board,
                   [("recommendation", "Audit a sample of child in need plans each month and report themes to the board.", None, "")])
    _meeting("corporate_parenting", today + timedelta(days=12), "Corporate parenting panel",
             ["Cllr Pat Morgan (Chair)", "Children in care council representatives", "Virtual school head"], [])
    _meeting("scrutiny", today + timedelta(days=30), "Six-monthly progress report", scrutiny, [])

    wd = working_days()
    p1 = Priority.objects.create(plan=plan, number=1, title="Consistent management oversight in child in need work",
                                 area="help_and_protection")
    p1.findings.set([findings["help_and_protection"]])
    p2 = Priority.objects.create(plan=plan, number=2, title="Health assessments for children coming into care", area="in_care")
    p2.findings.set([findings["in_care"]])
    p3 = Priority.objects.create(plan=plan, number=3, title="Suitable accommodation for care leavers", area="care_leavers")
    p3.findings.set([findings["care_leavers"]])
    mgr, mgr2 = u["manager"], u["manager2"]
    actions = [  # priority, ref, title, owner, start, due, status, completed
        (p1, "1.1", "Introduce a supervision standard with monthly case discussion", mgr, date(2025, 10, 1), wd.add(today, -15), "in_progress", None),
        (p1, "1.2", "Monthly audit of child in need plans, themes to the improvement board", mgr, date(2025, 11, 1), wd.add(today, 6), "in_progress", None),
        (p1, "1.3", "Train team managers in the practice model", mgr2, date(2025, 10, 1), date(2026, 3, 31), "done", date(2026, 3, 20)),
        (p2, "2.1", "Agree a notification route with the ICB for initial health assessments", mgr2, date(2025, 10, 15), wd.add(today, -4), "not_started", None),
        (p2, "2.2", "Weekly tracker of health assessments due, shared with the designated nurse", mgr2, date(2025, 11, 1), wd.add(today, 40), "in_progress", None),
        (p3, "3.1", "Commission ten more supported lodgings places", mgr, date(2026, 1, 5), wd.add(today, 9), "in_progress", None),
        (p3, "3.2", "Staying close offer for young people leaving residential care", mgr, date(2026, 4, 1), wd.add(today, 80), "not_started", None),
    ]
    made = {}
    for pr, ref, title, owner, start, due, status, completed in actions:
        made[ref] = Action.objects.create(priority=pr, ref=ref, title=title, owner=owner, start=start, due=due,
                                          status=status, completed=completed)
    over = made["2.2"]
    over.rag_override, over.rag_override_reason = "amber", "The ICB has paused recruitment of the designated nurse."
    over.rag_override_by, over.rag_override_at = u["director"], timezone.now()
    over.save()
    made["1.2"].from_recommendation = rec.decisions.first()
    made["1.2"].save()
    Evidence.objects.create(action=made["1.3"], text="All 14 team managers completed the practice model training.",
                            link="https://intranet.example.invalid/training-report", added_by=mgr2)
    file_evidence = Evidence(action=made["1.3"], text="Attendance summary (no child-level data).", added_by=mgr2,
                             file_name="attendance-summary.txt", content_type="text/plain")
    body = b"Practice model training: 14 of 14 team managers attended (synthetic demonstration file).\n"
    file_evidence.size = len(body)
    file_evidence.file.save("attendance-summary.txt", ContentFile(body), save=False)
    file_evidence.save()
    Comment.objects.create(plan=plan, author=u["board"], text="The board would like the health assessment tracker at its next meeting.")
    Comment.objects.create(plan=plan, action=made["1.1"], author=u["board"], text="What is stopping the supervision standard going live?")
    m1 = Measure.objects.create(plan=plan, priority=p2, name="Initial health assessments within 20 working days", unit="%",
                                higher_is_better=True, baseline=48, baseline_date=date(2025, 3, 31), target=80,
                                target_date=date(2027, 3, 31))
    m2 = Measure.objects.create(plan=plan, priority=p3, name="Care leavers aged 19 to 21 in suitable accommodation",
                                measure_id="", unit="%", higher_is_better=True, baseline=82, baseline_date=date(2025, 3, 31),
                                target=90, target_date=date(2027, 3, 31))
    m3 = Measure.objects.create(plan=plan, priority=p1, name="Average caseload per social worker", unit="cases",
                                higher_is_better=False, baseline=22, baseline_date=date(2025, 3, 31), target=17,
                                target_date=date(2027, 3, 31))
    # Fed from the returns by carewatch.web.plans.feed when `carewatch demo` has computed the measures
    Measure.objects.create(plan=plan, priority=p1, name="Children looked after with 3 or more placements in the year",
                           measure_id="cla_3plus_placements", unit="%", higher_is_better=False, target=9,
                           target_date=date(2027, 3, 31))
    for measure, values in [(m1, [55, 61, 66]), (m2, [83, 86, 88]), (m3, [21, 19, 18])]:
        for quarter_end, value in zip([date(2025, 12, 31), date(2026, 3, 31), date(2026, 6, 30)], values, strict=True):
            if quarter_end <= today:
                MeasureValue.objects.create(measure=measure, period_end=quarter_end, value=value, entered_by=u["analyst"])
