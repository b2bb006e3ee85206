"""Every route is classified (security.md: 0 unclassified), and every page and API route answers each role
exactly as the roles in issue 6 say: this table is written out independently of accounts/access.py."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from carewatch.web.accounts.access import requirement

pytestmark = pytest.mark.postgres  # also run on a real PostgreSQL (test_postgresql.py)

ALL = {"admin", "analyst", "manager", "manager2", "director", "board", "councillor"}
EDITORS = {"admin", "analyst", "director"}
STAFF = EDITORS | {"manager", "manager2"}
COMMENTERS = STAFF | {"board"}
NOT_COUNCILLOR = ALL - {"councillor"}

# url name -> who may open it. Action 1.2 (used below) is owned by "manager", not "manager2".
EXPECTED = {
    "home": ALL, "account": ALL, "password_change": ALL,
    "authorities": ALL, "authority": ALL, "closure_days": ALL,
    "inspections": ALL, "inspection": ALL, "inspection_new": EDITORS, "inspection_upload": EDITORS, "national_record": EDITORS, "inspection_edit": EDITORS,
    "finding_new": EDITORS, "finding_edit": EDITORS,
    "interventions": ALL, "intervention": ALL, "intervention_new": EDITORS, "intervention_edit": EDITORS,
    "review_new": EDITORS,
    "plans": ALL, "plan": ALL, "plan_new": EDITORS, "plan_edit": EDITORS, "priority_new": EDITORS,
    "priority_edit": EDITORS, "measure_new": EDITORS, "measure": ALL, "measure_value_new": EDITORS,
    "action": ALL, "action_new": EDITORS, "action_edit": EDITORS, "action_rag": EDITORS,
    "action_update": EDITORS | {"manager"}, "evidence_new": EDITORS | {"manager"},
    "evidence_file": STAFF, "comment_new": COMMENTERS,
    "meetings": ALL, "meeting": ALL, "meeting_new": EDITORS, "meeting_edit": EDITORS, "decision_new": EDITORS,
    "decision_to_action": EDITORS,
    "admin:index": {"admin"}, "admin:plans_action_changelist": {"admin"},
    "api:openapi-json": ALL, "api:openapi-view": ALL, "api:api-root": ALL, "api:authorities": ALL, "api:inspections": ALL,
    "api:inspection": ALL, "api:interventions": ALL, "api:plans": ALL, "api:plan": ALL, "api:meetings": ALL,
}
OK = {"api:api-root": 404}  # django-ninja's root answers 404 (nothing there) to those allowed in
NOT_GET = {"logout", "api:action_update", "plan_from_findings"}  # POST/PATCH only: checked in test_views and test_plan_from_findings


def _names(resolver: URLResolver, prefix: str = "") -> list[str]:
    out = []
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            out += _names(p, prefix + (p.namespace + ":" if p.namespace else ""))
        elif isinstance(p, URLPattern) and p.name:
            out.append(prefix + p.name)
    return out


def test_every_route_is_classified():
    names = _names(get_resolver())
    assert len(names) > 100  # includes the Django admin's pages
    assert [n for n in names if requirement(n) is None] == []


def test_the_matrix_covers_every_carewatch_route():
    names = {n for n in _names(get_resolver()) if not n.startswith("admin:")}
    assert names - {"login"} - NOT_GET == set(EXPECTED) - {"admin:index", "admin:plans_action_changelist"}


def _urls():  # type: ignore[no-untyped-def]
    from carewatch.web.governance.models import Decision, Meeting
    from carewatch.web.inspections.models import Finding, Inspection
    from carewatch.web.interventions.models import Intervention
    from carewatch.web.plans.models import Action, Evidence, Measure, Plan, Priority

    plan = Plan.objects.get(version="3")
    action = Action.objects.get(priority__plan=plan, ref="1.2")
    ids = {"inspection": Inspection.objects.filter(kind="standard").first().pk, "finding": Finding.objects.first().pk,
           "intervention": Intervention.objects.first().pk, "plan": plan.pk,
           "priority": Priority.objects.filter(plan=plan).first().pk, "measure": Measure.objects.first().pk,
           "action": action.pk, "evidence": Evidence.objects.exclude(file="").first().pk,
           "meeting": Meeting.objects.first().pk, "decision": Decision.objects.get(kind="recommendation", plan__isnull=True).pk}
    return {
        "home": "/", "account": "/account/", "password_change": "/account/password/", "authorities": "/authorities/",
        "authority": "/authorities/839/", "closure_days": "/working-days/", "inspections": "/inspections/",
        "inspection": f"/inspections/{ids['inspection']}/", "inspection_new": "/inspections/new/", "inspection_upload": "/inspections/read-report/",
        "national_record": "/inspections/national-record/",
        "inspection_edit": f"/inspections/{ids['inspection']}/edit/",
        "finding_new": f"/inspections/{ids['inspection']}/findings/new/", "finding_edit": f"/findings/{ids['finding']}/edit/",
        "interventions": "/interventions/", "intervention": f"/interventions/{ids['intervention']}/",
        "intervention_new": "/interventions/new/", "intervention_edit": f"/interventions/{ids['intervention']}/edit/",
        "review_new": f"/interventions/{ids['intervention']}/reviews/new/",
        "plans": "/plans/", "plan": f"/plans/{ids['plan']}/", "plan_new": "/plans/new/", "plan_edit": f"/plans/{ids['plan']}/edit/",
        "priority_new": f"/plans/{ids['plan']}/priorities/new/", "priority_edit": f"/plans/priorities/{ids['priority']}/edit/",
        "measure_new": f"/plans/{ids['plan']}/measures/new/", "measure": f"/plans/measures/{ids['measure']}/",
        "measure_value_new": f"/plans/measures/{ids['measure']}/values/new/",
        "action": f"/actions/{ids['action']}/", "action_new": f"/plans/priorities/{ids['priority']}/actions/new/",
        "action_edit": f"/actions/{ids['action']}/edit/", "action_rag": f"/actions/{ids['action']}/rag/",
        "action_update": f"/actions/{ids['action']}/progress/", "evidence_new": f"/actions/{ids['action']}/evidence/new/",
        "evidence_file": f"/evidence/{ids['evidence']}/file/", "comment_new": f"/plans/{ids['plan']}/comments/new/",
        "meetings": "/governance/", "meeting": f"/governance/{ids['meeting']}/", "meeting_new": "/governance/new/",
        "meeting_edit": f"/governance/{ids['meeting']}/edit/", "decision_new": f"/governance/{ids['meeting']}/decisions/new/",
        "decision_to_action": f"/governance/decisions/{ids['decision']}/action/",
        "admin:index": "/admin/", "admin:plans_action_changelist": "/admin/plans/action/",
        "api:api-root": "/api/", "api:openapi-json": "/api/openapi.json", "api:openapi-view": "/api/docs", "api:authorities": "/api/authorities",
        "api:inspections": "/api/inspections", "api:inspection": f"/api/inspections/{ids['inspection']}",
        "api:interventions": "/api/interventions", "api:plans": "/api/plans", "api:plan": f"/api/plans/{ids['plan']}",
        "api:meetings": "/api/meetings",
    }


@pytest.mark.django_db
def test_permission_matrix(client):
    from django.contrib.auth import get_user_model

    urls = _urls()
    assert set(urls) == set(EXPECTED)
    users = {u.username: u for u in get_user_model().objects.filter(username__in=ALL)}
    wrong = []
    for username in sorted(ALL):
        client.force_login(users[username])
        for name, url in urls.items():
            status = client.get(url).status_code
            expected = OK.get(name, 200) if username in EXPECTED[name] else 403
            if status != expected:
                wrong.append(f"{username} GET {url} ({name}): {status}, expected {expected}")
    assert wrong == []


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_sign_in(client):
    for name, url in _urls().items():
        response = client.get(url)
        if name.startswith("api:"):
            assert response.status_code == 401, url
        else:
            assert response.status_code == 302 and response["Location"].startswith("/login/"), url
    assert client.get("/login/").status_code == 200
