"""Issue 7: "start a plan from these findings" makes one priority per finding, linked to the finding and its
judgement area, in the council's draft plan; pressing it twice adds nothing."""

from datetime import date

import pytest

from carewatch.web.councils.models import LocalAuthority
from carewatch.web.inspections.models import Finding, Inspection
from carewatch.web.plans.models import Plan, Priority

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # also run on a real PostgreSQL (test_postgresql.py)

LONG = "Leaders should make sure that " + "the quality of supervision improves " * 10


def _inspection(la_code: str = "839") -> Inspection:
    la = LocalAuthority.objects.get(la_code=la_code, valid_to__isnull=True)
    inspection = Inspection.objects.create(local_authority=la, kind="focused_visit", start_date=date(2026, 2, 2),
                                           end_date=date(2026, 2, 3), published=date(2026, 3, 5), source="test")
    Finding.objects.create(inspection=inspection, kind="improvement_area", area="help_and_protection",
                           text="The timeliness of initial child protection conferences.")
    Finding.objects.create(inspection=inspection, kind="priority_action", area="in_care", text=LONG)
    Finding.objects.create(inspection=inspection, kind="improvement_area", area="", text="Return home interviews.")
    return inspection


def test_the_button_makes_one_priority_per_finding_once(as_user):
    inspection = _inspection()
    client = as_user("analyst")
    page = client.get(inspection.get_absolute_url()).content.decode()
    assert "Start a plan from these findings" in page
    plans_before = Plan.objects.count()
    response = client.post(f"/inspections/{inspection.pk}/plan-from-findings/")
    assert response.status_code == 302
    plan = Plan.objects.get(priorities__findings__inspection=inspection.pk, priorities__number=1)
    assert Plan.objects.count() == plans_before + 1  # the demo council has no draft plan: a new one
    assert response["Location"] == plan.get_absolute_url()
    assert plan.status == "draft" and plan.responds_to == inspection and plan.local_authority.la_code == "839"
    priorities = list(plan.priorities.order_by("number"))
    assert [p.number for p in priorities] == [1, 2, 3]
    # priority actions first, then areas for improvement, each linked to its own finding and area
    assert [(p.findings.get().text, p.area) for p in priorities] == [
        (LONG, "in_care"), ("The timeliness of initial child protection conferences.", "help_and_protection"),
        ("Return home interviews.", "")]
    assert len(priorities[0].title) <= 200 and priorities[0].title.endswith("...") and priorities[0].description == LONG
    assert "3 priorities added" in client.get(plan.get_absolute_url()).content.decode()

    again = client.post(f"/inspections/{inspection.pk}/plan-from-findings/")
    assert again.status_code == 302 and again["Location"] == inspection.get_absolute_url()
    assert Plan.objects.count() == plans_before + 1 and plan.priorities.count() == 3

    # a finding added later joins the same draft as priority 4; the others are not repeated
    late = Finding.objects.create(inspection=inspection, kind="improvement_area", area="care_leavers", text="Pathway plans.")
    client.post(f"/inspections/{inspection.pk}/plan-from-findings/")
    assert plan.priorities.count() == 4 and Priority.objects.get(findings=late).number == 4
    assert Priority.objects.filter(findings__inspection=inspection).count() == 4


def test_findings_are_added_to_the_councils_current_draft(as_user):
    la = LocalAuthority.objects.get(la_code="839", valid_to__isnull=True)
    draft = Plan.objects.create(local_authority=la, title="Draft plan", status="draft")
    Priority.objects.create(plan=draft, number=1, title="Already there")
    inspection = _inspection()
    as_user("director").post(f"/inspections/{inspection.pk}/plan-from-findings/")
    assert list(draft.priorities.values_list("number", flat=True)) == [1, 2, 3, 4]


def test_only_plan_editors_may_start_a_plan_and_only_from_the_councils_own_inspections(as_user):
    inspection = _inspection()
    url = f"/inspections/{inspection.pk}/plan-from-findings/"
    for username in ("manager", "board", "councillor"):
        client = as_user(username)
        assert client.post(url).status_code == 403
        assert "Start a plan from these findings" not in client.get(inspection.get_absolute_url()).content.decode()
    assert not Priority.objects.filter(findings__inspection=inspection).exists()
    assert as_user("analyst").get(url).status_code == 405  # a POST action only
    neighbour = _inspection("838")  # Dorset: a neighbour's findings are not this council's plan
    client = as_user("analyst")
    assert "Start a plan from these findings" not in client.get(neighbour.get_absolute_url()).content.decode()
    assert client.post(f"/inspections/{neighbour.pk}/plan-from-findings/").status_code == 403
    assert not Priority.objects.filter(findings__inspection=neighbour).exists()


def test_the_demo_loads_the_national_record_once_so_the_council_page_compares(as_user):
    from carewatch.web.demo import load_national_record

    first = load_national_record("839")
    loaded = Inspection.objects.filter(source__startswith="Ofsted official statistics")
    assert first["added"] == loaded.count() > 300  # the 2025 release: ILACS history and the year's visits
    current = loaded.filter(local_authority__valid_to__isnull=True).values("local_authority__la_code").distinct()
    assert current.count() == 152  # every current council but the demo one (former councils' records come too)
    assert load_national_record("839") == {"added": 0, "updated": 0, "skipped": first["skipped"]}  # idempotent
    assert not Inspection.objects.filter(local_authority__la_code="839", source__startswith="Ofsted official").exists()
    page = as_user("councillor").get("/authorities/839/").content.decode()
    assert page.count("None recorded") == 0  # every statistical neighbour has its latest judgement
    assert "Where Bournemouth, Christchurch and Poole stands in England and the South West region" in page
    from carewatch.web.councils.models import LocalAuthority
    from carewatch.web.inspections.standing import standing

    rows, england, region = standing(LocalAuthority.objects.get(la_code="839", valid_to__isnull=True))
    assert england == 153 and 10 <= region <= 20
    overall = rows[0]
    assert overall.area == "overall_effectiveness" and sum(overall.england.values()) == 153
    assert sum(overall.region.values()) == region
    assert all(overall.england[g] >= overall.region[g] for g in overall.england)
    # the demo council's own grades are those of its latest graded inspection (the synthetic one of May 2025)
    own = Inspection.objects.get(local_authority__la_code="839", kind="standard", start_date=date(2025, 5, 12))
    assert [r.own for r in rows] == [getattr(own, r.area) or "not_judged" for r in rows]
