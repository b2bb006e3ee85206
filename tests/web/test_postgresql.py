"""The web app on a real PostgreSQL server, not only SQLite.

Django reads its database once per process, so the tests marked `postgres` (migrations from empty, the plan,
RAG and governance models, the national-record load, the access matrix, a full request cycle, user
management) run a second time in a child pytest whose DATABASE_URL points at a throwaway cluster
(tests/web/pg_cluster.py). They skip only when no PostgreSQL server is installed. By hand:
    .venv/bin/python tests/web/pg_cluster.py .venv/bin/pytest -p no:xdist -m postgres tests/web
"""

import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.web.pg_cluster import server_binaries, throwaway_cluster

ROOT = Path(__file__).resolve().parents[2]
EXPECT = "CAREWATCH_TEST_DATABASE"  # set by the runner below: the database the child run must be on


def test_the_web_tests_pass_on_a_real_postgresql_server():
    if os.environ.get("DATABASE_URL"):
        pytest.skip("this run is itself on the PostgreSQL server in DATABASE_URL")
    bindir = server_binaries()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in /usr/lib/postgresql/*/bin;"
                    " `apt-get install postgresql` (./run test does it as root) or set CAREWATCH_PG_BINDIR")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_XDIST", "PYTEST_CURRENT"))}
    with throwaway_cluster(bindir) as url, tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "junit.xml"
        child = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider", "-m", "postgres",
             "--tb=short", f"--junitxml={report}", str(Path(__file__).parent)],
            cwd=ROOT, env={**env, "DATABASE_URL": url, EXPECT: "postgresql"}, capture_output=True, text=True, timeout=600)
        output = child.stdout + child.stderr
        assert child.returncode == 0, f"the web tests failed on PostgreSQL ({bindir}):\n{output[-12000:]}"
        cases = list(ElementTree.parse(report).getroot().iter("testcase"))
    skipped = {c.get("name"): s.get("message", "") for c in cases if (s := c.find("skipped")) is not None}
    assert all("not on this machine" in why for why in skipped.values()), skipped  # only missing data may skip
    assert len(cases) - len(skipped) >= 50, f"only {len(cases)} tests ran on PostgreSQL:\n{output[-3000:]}"


@pytest.mark.postgres
@pytest.mark.django_db
def test_this_run_is_on_the_database_it_was_asked_for():
    from django.db import connection

    expected = os.environ.get(EXPECT) or ("postgresql" if os.environ.get("DATABASE_URL") else "sqlite")
    assert connection.vendor == expected
    if connection.vendor == "postgresql":
        assert connection.pg_version >= 150000  # type: ignore[attr-defined]


@pytest.mark.postgres
@pytest.mark.django_db
def test_every_migration_ran_from_empty_and_the_models_need_no_new_one():
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.db.migrations.recorder import MigrationRecorder

    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []  # nothing pending
    applied = MigrationRecorder(connection).applied_migrations()
    assert {("inspections", "0003_source_255"), ("plans", "0001_initial"), ("accounts", "0001_roles")} <= set(applied)
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)  # exits 1 if a model changed without one


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_full_request_cycle_signs_in_reads_edits_and_keeps_history():
    """Through the real sign-in form (axes, sessions in the database, CSRF), pages, an edit and its history."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from carewatch.web.plans.models import Action

    user = get_user_model().objects.get(username="manager")
    user.set_password("a synthetic pass phrase")
    user.save()
    client = Client(enforce_csrf_checks=True)
    page = client.get("/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    signed_in = client.post("/login/", {"csrfmiddlewaretoken": token, "username": "manager",
                                        "password": "a synthetic pass phrase"})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/"
    for url in ["/", "/plans/", "/inspections/", "/interventions/", "/governance/", "/authorities/839/"]:
        assert client.get(url).status_code == 200, url
    action = Action.objects.get(priority__plan__version="3", ref="3.1")  # owned by the service manager
    form = client.get(f"/actions/{action.pk}/progress/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    done = client.post(f"/actions/{action.pk}/progress/", {
        "csrfmiddlewaretoken": token, "status": "done", "completed_day": "2", "completed_month": "2",
        "completed_year": "2026"})
    assert done.status_code == 302
    action.refresh_from_db()
    assert action.status == "done" and action.completed == date(2026, 2, 2)
    page = client.get(action.get_absolute_url()).content.decode()
    assert "Sam Okafor" in page and "<ins>Done</ins>" in page  # who changed it, and to what
    token = client.cookies["csrftoken"].value
    assert client.post("/logout/", {"csrfmiddlewaretoken": token}).status_code == 302
    assert client.get("/plans/").status_code == 302  # signed out again


REPORT = Path("/work/shared/data/ofsted-reports/bournemouth-christchurch-poole-2022-02-11.pdf")


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.skipif(not REPORT.exists(), reason="the published Ofsted reports are not on this machine")
def test_a_report_with_a_long_file_name_still_saves(as_user):
    """SQLite ignores a column's length; PostgreSQL refused the source text of a report with a long name."""
    from io import BytesIO

    from carewatch.web.inspections.models import Inspection

    client = as_user("analyst")
    upload = BytesIO(REPORT.read_bytes())
    upload.name = "ofsted-children-services-inspection-report-" + "x" * 190 + "-2022-02-11.pdf"
    assert client.post("/inspections/read-report/", {"report": upload}).status_code == 302
    data = {"la_code": "839", "kind": "standard", "lead_inspector": "Long Name HMI", "care_leavers": "",
            "start_date_day": "6", "start_date_month": "12", "start_date_year": "2021",
            "end_date_day": "17", "end_date_month": "12", "end_date_year": "2021",
            "published_day": "11", "published_month": "2", "published_year": "2022",
            "overall_effectiveness": "inadequate", "impact_of_leaders": "inadequate",
            "help_and_protection": "inadequate", "in_care": "requires_improvement"}
    assert client.post("/inspections/new/?from_report=1", data).status_code == 302
    source = Inspection.objects.get(lead_inspector="Long Name HMI").source
    assert source.startswith("Ofsted report xxx") and source.endswith("x-2022-02-11.pdf, read by carewatch and checked by a person")


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_council_whose_ons_code_changed_shows_its_current_record_last(as_user):
    """North Yorkshire (815) kept its DfE code in April 2023 but became a unitary council with a new ONS code.
    Its first record has no start date: PostgreSQL sorts NULL last in ascending order, SQLite first."""
    client = as_user("councillor")
    page = client.get("/authorities/815/").content.decode()
    assert "Unitary authority" in page and ">County<" not in page  # the current record heads the page
    assert page.index("E10000023") < page.index("E06000065")  # codes over time, oldest first
    listed = client.get("/authorities/?former=1").content.decode()
    assert listed.index("E10000023") < listed.index("E06000065")


@pytest.mark.postgres
@pytest.mark.django_db
def test_records_made_the_same_day_list_newest_first_on_every_database():
    from carewatch.web.councils.models import LocalAuthority
    from carewatch.web.plans.models import Plan

    la = LocalAuthority.objects.get(la_code="839", valid_to__isnull=True)
    day = date(2099, 1, 1)  # after every demo plan, so these two head the list
    made = [Plan.objects.create(local_authority=la, title=f"Same-day plan {n}", drafted=day) for n in (1, 2)]
    assert list(Plan.objects.all()[:2]) == made[::-1]
