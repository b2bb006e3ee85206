"""The main journeys in a real browser (Playwright driving Debian's chromium) against `carewatch serve` with
the demo council, with axe-core checking WCAG 2.2 AA on every page visited.

Needs: the `playwright` Python package (dev dependency) and a chromium binary (Debian: apt-get install
chromium; or set CAREWATCH_CHROMIUM to its path). Playwright's own browser download is not used."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CAREWATCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import Page, expect, sync_playwright
except ImportError:  # pragma: no cover - dev dependency missing
    sync_playwright = None  # type: ignore[assignment]

pytestmark = pytest.mark.skipif(sync_playwright is None or CHROMIUM is None,
                                reason="browser tests need the playwright package and a chromium binary "
                                       "(apt-get install chromium, or set CAREWATCH_CHROMIUM)")
AXE = (Path(__file__).parent / "axe.min.js").read_text()
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    home = tmp_path_factory.mktemp("browser-home")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"} | {"CAREWATCH_HOME": str(home)}
    seeded = subprocess.run([sys.executable, "-c", "import json; from carewatch.web.demo import seed; print(json.dumps(seed()))"],
                            env=env, capture_output=True, text=True, check=True)
    passwords = json.loads(seeded.stdout.strip().splitlines()[-1])
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "carewatch", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/login/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base, passwords
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


class Visit:
    """A signed-in page that runs axe-core on every page it lands on."""

    def __init__(self, page: Page, base: str) -> None:
        self.page, self.base, self.checked = page, base, []

    def axe(self) -> None:
        self.page.add_script_tag(content=AXE)
        result = self.page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
        problems = [f"{v['id']}: {v['help']} ({len(v['nodes'])}: {v['nodes'][0]['target']})" for v in result["violations"]]
        assert problems == [], f"{self.page.url}: {problems}"
        self.checked.append(self.page.url)

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.axe()

    def submit(self, text: str) -> None:
        self.page.get_by_role("button", name=text).click()
        self.page.wait_for_load_state()
        self.axe()

    def date(self, legend: str, d: date) -> None:
        group = self.page.get_by_role("group", name=legend)
        group.get_by_label("Day").fill(str(d.day))
        group.get_by_label("Month").fill(str(d.month))
        group.get_by_label("Year").fill(str(d.year))


def _sign_in(browser, server, username: str) -> Visit:  # type: ignore[no-untyped-def]
    base, passwords = server
    page = browser.new_context(bypass_csp=True).new_page()  # bypass only so the test can inject axe-core
    visit = Visit(page, base)
    visit.go("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(passwords[username])
    visit.submit("Sign in")
    expect(page.get_by_role("heading", name="Children's services overview")).to_be_visible()
    return visit


def journey_record_an_inspection_with_findings(browser, server):  # type: ignore[no-untyped-def]
    v = _sign_in(browser, server, "analyst")
    v.go("/inspections/")
    v.page.get_by_role("link", name="Record an inspection").click()
    v.axe()
    v.page.get_by_label("ILACS short inspection").check()
    v.date("Start date", date(2026, 4, 27))
    v.date("End date", date(2026, 4, 20))
    v.page.get_by_label("Overall effectiveness").select_option("good")
    v.submit("Save")
    summary = v.page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The end date must be the same as or after the start date")
    expect(summary).to_contain_text("Ofsted gives no overall effectiveness judgement")
    v.date("End date", date(2026, 5, 1))
    v.date("Published", date(2026, 6, 17))
    v.page.get_by_label("Overall effectiveness").select_option("")
    for area in ["The impact of leaders", "who need help and protection", "children in care", "care leavers"]:
        v.page.get_by_label(area).select_option("good")
    v.submit("Save")
    expect(v.page.get_by_role("heading", level=1)).to_contain_text("ILACS short inspection")
    v.page.get_by_role("link", name="Add a finding").click()
    v.axe()
    v.page.get_by_label("Area for improvement").check()
    v.page.get_by_label("What the inspectors said").fill("The timeliness of return home interviews.")
    v.submit("Save")
    expect(v.page.get_by_text("The timeliness of return home interviews.")).to_be_visible()
    expect(v.page.get_by_text("Written statement of action (improvement plan)")).to_be_visible()


def journey_build_a_plan(browser, server):  # type: ignore[no-untyped-def]
    v = _sign_in(browser, server, "director")
    v.go("/plans/new/")
    v.page.get_by_label("Title").fill("Plan for the 2026 inspection")
    v.page.get_by_label("Draft", exact=True).check()
    v.submit("Save")
    v.page.get_by_role("link", name="Add a priority").click()
    v.axe()
    v.page.get_by_label("Title").fill("Return home interviews")
    v.submit("Save")
    v.page.get_by_role("link", name="Add an action to priority 1").click()
    v.axe()
    v.page.get_by_label("Title").fill("Commission an independent return home interview service")
    v.page.get_by_label("Owner").select_option(label="Sam Okafor")
    v.date("Due", date(2027, 3, 31))
    v.submit("Save")
    expect(v.page.get_by_role("heading", level=1)).to_contain_text("Commission an independent")
    v.go("/plans/")
    expect(v.page.get_by_role("link", name="Plan for the 2026 inspection (version 1)")).to_be_visible()


def journey_owner_marks_an_action_done_with_evidence_and_sees_rag_and_trail(browser, server, tmp_path):  # type: ignore[no-untyped-def]
    v = _sign_in(browser, server, "manager")
    v.page.get_by_role("link", name="Improvement plan").first.click()
    v.axe()
    v.page.get_by_role("link", name="Improvement plan 2025 to 2027 (version 3)").click()
    v.axe()
    expect(v.page.get_by_text("2 red, 3 amber, 1 green, 1 done.")).to_be_visible()
    trail = v.page.get_by_role("list", name="Governance trail")
    expect(trail).to_contain_text("Endorsed by cabinet: 24 September 2025")
    v.page.get_by_role("link", name="Monthly audit of child in need plans").click()
    v.axe()
    v.page.get_by_role("link", name="Update progress").click()
    v.axe()
    v.page.get_by_label("Done").check()
    v.date("Completed", date(2026, 11, 2))
    v.submit("Save")
    v.page.get_by_role("link", name="Add evidence").click()
    v.axe()
    report = tmp_path / "audit-summary.pdf"
    report.write_bytes(b"%PDF-1.4 synthetic audit summary")
    v.page.get_by_label("What shows the action is done or progressing").fill("Audit of 30 plans reported to the board.")
    v.page.get_by_label("Upload a file").set_input_files(str(report))
    v.submit("Add evidence")
    expect(v.page.get_by_role("link", name="audit-summary.pdf")).to_be_visible()
    expect(v.page.locator(".govuk-summary-list")).to_contain_text("Done")
    v.go("/")
    assert len(v.checked) >= 8


def _focused_visit_letter(path: Path) -> Path:
    """A one-page PDF worded like an Ofsted focused-visit letter (made here: the repo ships no real reports)."""
    from pypdf import PdfWriter
    from pypdf.generic import ContentStream, DecodedStreamObject, DictionaryObject, NameObject

    lines = ["Focused visit to Bournemouth, Christchurch and Poole children's services",
             "Inspection dates: 8 to 9 September 2025",
             "Lead inspector: Alex Synthetic, His Majesty's Inspector",
             "This letter summarises the findings of a focused visit by Ofsted to children's services.",
             "What needs to improve in this area?",
             "- The timeliness of initial child protection conferences.",
             "- The quality of written plans for children in need.",
             "Yours sincerely"]
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    text = " ".join("({}) Tj T*".format(t.replace("(", "[").replace(")", "]")) for t in lines)
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 10 Tf 40 800 Td 14 TL {text} ET".encode("latin-1"))
    page.replace_contents(ContentStream(stream, None))
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def journey_read_a_report_then_start_a_plan_from_its_findings(browser, server, tmp_path):  # type: ignore[no-untyped-def]
    v = _sign_in(browser, server, "analyst")
    v.go("/inspections/read-report/")
    v.page.get_by_label("Ofsted report (PDF)").set_input_files(str(_focused_visit_letter(tmp_path / "focused-visit.pdf")))
    v.submit("Read the report")
    expect(v.page.get_by_role("heading", level=1)).to_contain_text("Check what was read from the report")
    expect(v.page.get_by_label("Lead inspector")).to_have_value("Alex Synthetic")
    v.date("Published", date(2025, 10, 14))  # the letter does not print it: the person checking adds it
    v.submit("Save")
    expect(v.page.get_by_role("heading", level=1)).to_contain_text("Focused visit, 8 September 2025")
    expect(v.page.get_by_text("The quality of written plans for children in need.")).to_be_visible()
    v.submit("Start a plan from these findings")
    # the findings join the council's current draft: the one the director started in journey_build_a_plan
    expect(v.page.get_by_role("heading", level=1)).to_contain_text("Plan for the 2026 inspection")
    expect(v.page.get_by_text("2 priorities added from the inspection's findings")).to_be_visible()
    expect(v.page.get_by_text("The timeliness of initial child protection conferences.").first).to_be_visible()
    v.page.go_back()
    v.page.reload()
    v.submit("Start a plan from these findings")  # pressed again: nothing is added twice
    expect(v.page.get_by_text("Every finding of this inspection already has a priority in a plan")).to_be_visible()


def journey_councillor_sees_the_plan_but_no_edit_links(browser, server):  # type: ignore[no-untyped-def]
    v = _sign_in(browser, server, "councillor")
    for path in ["/inspections/", "/interventions/", "/governance/", "/authorities/839/"]:
        v.go(path)
    v.page.get_by_role("link", name="Improvement plan").first.click()
    v.axe()
    v.page.get_by_role("link", name="Improvement plan 2025 to 2027 (version 3)").click()
    v.axe()
    expect(v.page.get_by_role("link", name="Change the plan")).to_have_count(0)
    expect(v.page.get_by_role("heading", name="History")).to_have_count(0)


def test_main_journeys(browser, server, tmp_path):  # type: ignore[no-untyped-def]
    """One test so that one server and one browser serve every journey (the suite runs on 2 cores)."""
    journey_record_an_inspection_with_findings(browser, server)
    journey_build_a_plan(browser, server)
    journey_owner_marks_an_action_done_with_evidence_and_sees_rag_and_trail(browser, server, tmp_path)
    journey_read_a_report_then_start_a_plan_from_its_findings(browser, server, tmp_path)
    journey_councillor_sees_the_plan_but_no_edit_links(browser, server)
