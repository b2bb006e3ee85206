"""What users see and do: forms with GOV.UK error summaries, the plan's RAG and governance trail, evidence,
history, the API and the error pages."""

import json
from datetime import date

import pytest

from carewatch.web.plans.models import Action, Evidence, Plan

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # also run on a real PostgreSQL (test_postgresql.py)


def _date(prefix: str, d: date | None) -> dict[str, str]:
    return {f"{prefix}_day": str(d.day) if d else "", f"{prefix}_month": str(d.month) if d else "",
            f"{prefix}_year": str(d.year) if d else ""}


def _inspection(**over: object) -> dict[str, object]:
    data: dict[str, object] = {"la_code": "839", "kind": "standard", "lead_inspector": "Synthetic HMI",
                               "overall_effectiveness": "", "impact_of_leaders": "good", "help_and_protection": "good",
                               "in_care": "good", "care_leavers": "good",
                               **_date("start_date", date(2026, 4, 27)), **_date("end_date", date(2026, 5, 8)),
                               **_date("published", date(2026, 6, 17))}
    data.update(over)
    return data


def test_recording_an_inspection_shows_each_problem_in_an_error_summary(as_user):
    client = as_user("analyst")
    bad = _inspection(la_code="999", overall_effectiveness="good", in_care="excellent",
                      **_date("end_date", date(2026, 4, 1)), published_day="31", published_month="2", published_year="2026")
    response = client.post("/inspections/new/", bad)
    assert response.status_code == 400
    page = response.content.decode()
    assert "govuk-error-summary" in page and "There is a problem" in page
    for message in ["&#39;999&#39; is not an English local authority code",
                    "The end date must be the same as or after the start date",
                    "The published must be a real date",
                    "Ofsted gives no overall effectiveness judgement for inspections from 1 April 2026",
                    "Select a valid choice. excellent is not one of the available choices."]:
        assert message in page, message
    assert 'href="#id_end_date_day"' in page


def test_recording_an_inspection_with_findings_keeps_its_history(as_user):
    from carewatch.web.inspections.models import Inspection

    client = as_user("analyst")
    response = client.post("/inspections/new/", _inspection())
    assert response.status_code == 302
    inspection = Inspection.objects.get(lead_inspector="Synthetic HMI")
    assert inspection.local_authority.la_code == "839" and inspection.overall_effectiveness == ""
    assert inspection.headline_grade() == "good"
    client.post(f"/inspections/{inspection.pk}/findings/new/",
                {"kind": "improvement_area", "area": "in_care", "text": "Life-story work for children in care."})
    client.post(f"/inspections/{inspection.pk}/edit/", _inspection(lead_inspector="Another Synthetic HMI"))
    page = client.get(inspection.get_absolute_url()).content.decode()
    assert "Life-story work for children in care." in page
    assert "Written statement of action (improvement plan)" in page  # 70 working days after publication
    assert "Lead inspector: <del>Synthetic HMI</del> → <ins>Another Synthetic HMI</ins>" in page
    assert "Priya Shah" in page  # who made the change


def test_a_future_publication_date_and_a_grade_on_a_focused_visit_are_refused(as_user):
    response = as_user("analyst").post("/inspections/new/", _inspection(
        kind="focused_visit", impact_of_leaders="", help_and_protection="", care_leavers="", **_date("published", date(2099, 1, 1))))
    page = response.content.decode()
    assert response.status_code == 400
    assert "The publication date must be today or in the past" in page
    assert "does not give judgements; leave this blank" in page


def test_plan_page_shows_rag_counts_and_the_governance_trail(as_user):
    plan = Plan.objects.get(version="3")
    page = as_user("councillor").get(plan.get_absolute_url()).content.decode()
    assert "2 red, 3 amber, 1 green, 1 done." in page
    for step in ["Drafted", "Considered by scrutiny", "Reviewed by the improvement board", "Endorsed by cabinet",
                 "Submitted to Ofsted"]:
        assert f"<strong>{step}</strong>" in page
    assert "24 September 2025" in page  # cabinet endorsement
    assert 'id="history"' not in page  # councillors do not see who changed what


def test_owner_marks_an_action_done_with_evidence_and_the_rag_follows(as_user, settings):
    action = Action.objects.get(priority__plan__version="3", ref="1.2")
    assert as_user("manager2").get(f"/actions/{action.pk}/progress/").status_code == 403  # not theirs
    client = as_user("manager")
    missing = client.post(f"/actions/{action.pk}/progress/", {"status": "done", **_date("completed", None)})
    assert "Enter the date the action was completed" in missing.content.decode()
    response = client.post(f"/actions/{action.pk}/progress/", {"status": "done", **_date("completed", date(2026, 1, 5))})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "done" and action.completed == date(2026, 1, 5)
    from io import BytesIO

    def upload(name: str, body: bytes):  # type: ignore[no-untyped-def]
        f = BytesIO(body)
        f.name = name
        return client.post(f"/actions/{action.pk}/evidence/new/", {"text": "", "link": "", "file": f})

    assert "The file must be a CSV" in upload("tool.exe", b"MZ...").content.decode()
    assert "The file is not a real PDF file" in upload("report.pdf", b"<html>not a pdf").content.decode()
    settings.EVIDENCE_MAX_BYTES = 100
    assert "The file must be smaller than" in upload("report.pdf", b"%PDF-1.7" + b"x" * 200).content.decode()
    settings.EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
    assert upload("audit report.pdf", b"%PDF-1.7 synthetic").status_code == 302
    evidence = Evidence.objects.get(action=action, file_name="audit report.pdf")
    stored = evidence.file.path
    assert stored.startswith(str(settings.EVIDENCE_ROOT)) and "audit" not in stored  # random name, outside static
    page = client.get(action.get_absolute_url()).content.decode()
    assert "Done" in page and "audit report.pdf" in page
    download = client.get(f"/evidence/{evidence.pk}/file/")
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == b"%PDF-1.7 synthetic"
    assert as_user("board").get(f"/evidence/{evidence.pk}/file/").status_code == 403


def test_rag_override_needs_a_reason_and_records_who(as_user):
    action = Action.objects.get(priority__plan__version="3", ref="3.2")
    client = as_user("director")
    assert "Say why the RAG is overridden" in client.post(f"/actions/{action.pk}/rag/", {"rag_override": "red", "rag_override_reason": " "}).content.decode()
    client.post(f"/actions/{action.pk}/rag/", {"rag_override": "red", "rag_override_reason": "Provider has withdrawn."})
    page = client.get(action.get_absolute_url()).content.decode()
    assert "Overridden by Dana Whitfield" in page and "Provider has withdrawn." in page and "Computed RAG: Green" in page
    assert "RAG override: <del>(blank)</del> → <ins>Red</ins>" in page  # the history names values, not codes
    assert "<del>(blank)</del> → <ins>dwhitfield</ins>" not in page


def test_a_recommendation_becomes_an_action(as_user):
    from carewatch.web.governance.models import Decision

    decision = Decision.objects.get(kind="recommendation", plan__isnull=True)
    client = as_user("analyst")
    form = client.get(f"/governance/decisions/{decision.pk}/action/").content.decode()
    assert "Audit a sample of child in need plans" in form
    response = client.post(f"/governance/decisions/{decision.pk}/action/", {
        "ref": "1.9", "title": decision.text, "owner": "", "status": "not_started",
        **_date("start", None), **_date("due", date(2027, 1, 29)), **_date("completed", None)})
    assert response.status_code == 302
    assert Action.objects.get(ref="1.9").from_recommendation == decision


def test_api_returns_the_plan_and_applies_the_object_rule(as_user):
    plan = Plan.objects.get(version="3")
    data = as_user("councillor").get(f"/api/plans/{plan.pk}").json()
    rags = sorted(a["rag"] for p in data["priorities"] for a in p["actions"])
    assert rags == ["amber", "amber", "amber", "done", "green", "red", "red"]
    action = Action.objects.get(priority__plan=plan, ref="3.1")
    body = json.dumps({"status": "in_progress"})
    assert as_user("councillor").patch(f"/api/actions/{action.pk}", body, content_type="application/json").status_code == 403
    assert as_user("manager2").patch(f"/api/actions/{action.pk}", body, content_type="application/json").status_code == 403
    client = as_user("manager")
    assert client.patch(f"/api/actions/{action.pk}", json.dumps({"status": "finished"}), content_type="application/json").status_code == 422
    done = client.patch(f"/api/actions/{action.pk}", json.dumps({"status": "done", "completed": "2026-02-02"}),
                        content_type="application/json")
    assert done.status_code == 200 and done.json()["rag"] == "done"
    schema = client.get("/api/openapi.json").json()
    assert "/api/plans/{pk}" in schema["paths"]


def test_error_pages_are_styled_and_headers_are_safe(as_user):
    response = as_user("councillor").get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode() and "govuk-generic-header" in response.content.decode()
    forbidden = as_user("councillor").get("/inspections/new/")
    assert forbidden.status_code == 403 and "You do not have permission" in forbidden.content.decode()
    home = as_user("councillor").get("/")
    assert "nonce-" in home["Content-Security-Policy"] and "script-src 'self'" in home["Content-Security-Policy"]
    page = home.content.decode()
    assert not any(mark in page for mark in ("GDS Transport", "govuk-footer__crown", "govuk-header__logotype", "govuk-crest"))


def test_login_locks_after_10_failures(client):
    for _ in range(10):
        client.post("/login/", {"username": "director", "password": "wrong password"})
    response = client.post("/login/", {"username": "director", "password": "wrong password"})
    assert response.status_code == 429 and "Your account is locked" in response.content.decode()


def test_sign_in_form_carries_its_csrf_token():
    import re

    from django.test import Client

    from carewatch.web.councils.models import Council

    client = Client(enforce_csrf_checks=True)
    page = client.get("/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, "the sign-in form has no CSRF token"
    refused = client.post("/login/", {"username": "x", "password": "y"})  # no token
    assert refused.status_code == 403 and "that form could not be sent" in refused.content.decode()
    response = client.post("/login/", {"csrfmiddlewaretoken": token.group(1), "username": "nobody", "password": "wrong"})
    assert response.status_code == 200 and "Please enter a correct username and password" in response.content.decode()
    assert Council.current() is not None


def test_a_server_error_shows_the_styled_page_not_a_traceback(as_user, monkeypatch):
    from carewatch.web.plans import views

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "governance_trail", broken)
    client = as_user("director")
    client.raise_request_exception = False
    response = client.get(Plan.objects.get(version="3").get_absolute_url())
    assert response.status_code == 500
    page = response.content.decode()
    assert "Sorry, there is a problem with the service" in page and "boom" not in page and "Traceback" not in page


REPORTS = __import__("pathlib").Path("/work/shared/data/ofsted-reports")


@pytest.mark.skipif(not (REPORTS / "bournemouth-christchurch-poole-2022-02-11.pdf").exists(),
                    reason="the published Ofsted reports are not on this machine")
def test_reading_a_report_fills_the_form_for_a_person_to_check(as_user):
    from carewatch.web.inspections.models import Inspection

    client = as_user("analyst")
    with (REPORTS / "bournemouth-christchurch-poole-2022-02-11.pdf").open("rb") as f:
        response = client.post("/inspections/read-report/", {"report": f})
    assert response.status_code == 302 and response["Location"] == "/inspections/new/?from_report=1"
    page = client.get(response["Location"]).content.decode()
    assert "Check what was read from the report" in page and "bournemouth-christchurch-poole-2022-02-11.pdf" in page
    assert 'value="839"' in page and 'value="inadequate" selected' in page
    before = Inspection.objects.count()
    data = {"la_code": "839", "kind": "standard", "lead_inspector": "From the report", "care_leavers": "",
            **_date("start_date", date(2021, 12, 6)), **_date("end_date", date(2021, 12, 17)),
            **_date("published", date(2022, 2, 11)), "overall_effectiveness": "inadequate",
            "impact_of_leaders": "inadequate", "help_and_protection": "inadequate", "in_care": "requires_improvement"}
    assert client.post("/inspections/new/?from_report=1", data).status_code == 302
    saved = Inspection.objects.exclude(source__startswith="carewatch demo").get(lead_inspector="From the report")
    assert Inspection.objects.count() == before + 1
    assert saved.findings.count() > 0 and saved.source.startswith("Ofsted report bournemouth")
    fake = __import__("io").BytesIO(b"%PDF-1.4 not really a report")
    fake.name = "letter.pdf"
    refused = client.post("/inspections/read-report/", {"report": fake})
    assert refused.status_code == 400 and "carewatch could not read this report" in refused.content.decode()


def test_loading_the_national_record_adds_every_council_once(as_user):
    from carewatch.web.inspections.models import Inspection

    client = as_user("analyst")
    assert client.post("/inspections/national-record/").status_code == 302
    loaded = Inspection.objects.filter(source__startswith="Ofsted official statistics")
    count = loaded.count()
    assert loaded.values("local_authority__la_code").distinct().count() >= 150
    client.post("/inspections/national-record/")
    assert loaded.count() == count  # idempotent
    pre_2023 = loaded.filter(kind__in=["standard", "short", "ilacs"], start_date__lt=date(2023, 1, 1)).exclude(in_care="")
    assert pre_2023.exists() and not pre_2023.exclude(care_leavers="").exists()
    assert not loaded.filter(start_date__gte=date(2026, 4, 1)).exclude(overall_effectiveness="").exists()
    page = client.get("/inspections/?la=839").content.decode()
    assert "Ofsted" in page
    neighbours = client.get("/authorities/839/").content.decode()
    assert "Statistical neighbours and their last Ofsted judgement" in neighbours
    assert neighbours.count("None recorded") == 0  # every neighbour has a graded inspection in the national record


def test_reference_councils_are_loaded_and_listed(as_user):
    from carewatch.web.councils.models import LocalAuthority

    assert LocalAuthority.objects.count() == 160 and LocalAuthority.objects.filter(valid_to__isnull=True).count() == 153
    page = as_user("councillor").get("/authorities/").content.decode()
    assert "The 153 English local authorities" in page
    poole = as_user("councillor").get("/authorities/836/").content.decode()
    assert "S.I. 2018/648" in poole and "Bournemouth, Christchurch and Poole (839)" in poole


def test_a_closure_day_moves_the_deadline(as_user):
    from carewatch.web.councils.models import ClosureDay
    from carewatch.web.inspections.models import Inspection

    inspection = Inspection.objects.get(kind="standard", start_date=date(2025, 5, 12))  # published 10 July 2025
    client = as_user("analyst")
    assert "17 October 2025" in client.get(inspection.get_absolute_url()).content.decode()
    ClosureDay.objects.create(date=date(2025, 8, 1), reason="Council closure day")
    assert "20 October 2025" in client.get(inspection.get_absolute_url()).content.decode()


def test_carewatch_serve_is_a_command():
    from typer.testing import CliRunner

    from carewatch.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "waitress" in result.output


def test_measures_computed_from_the_returns_feed_the_plan():
    from carewatch.web.plans.feed import feed
    from carewatch.web.plans.models import Measure

    rows = [{"measure_id": "cla_3plus_placements", "la_code": "839", "period": "2025-26", "breakdown": "total", "value": 10.456},
            {"measure_id": "cla_3plus_placements", "la_code": "839", "period": "2025-26", "breakdown": "age 0-4", "value": 3.0},
            {"measure_id": "cla_3plus_placements", "la_code": "838", "period": "2025-26", "breakdown": "total", "value": 7.0}]
    assert feed(rows) == 1
    assert feed(rows) == 1  # the same period again updates, never duplicates
    [value] = Measure.objects.get(measure_id="cla_3plus_placements").values.all()
    assert (value.period_end, str(value.value), value.source) == (date(2026, 3, 31), "10.46", "data")


def test_a_hand_made_link_naming_no_record_is_a_404_not_a_server_error(as_user):
    from carewatch.web.governance.models import Decision

    plan = Plan.objects.get(version="3")
    decision = Decision.objects.get(kind="recommendation", plan__isnull=True)
    client = as_user("analyst")
    client.raise_request_exception = False
    for url in [f"/governance/decisions/{decision.pk}/action/?priority=abc",
                f"/governance/decisions/{decision.pk}/action/?priority=999999",
                f"/plans/{plan.pk}/comments/new/?action=abc", f"/plans/{plan.pk}/comments/new/?action=999999"]:
        response = client.get(url)
        assert response.status_code == 404 and "Page not found" in response.content.decode(), url
