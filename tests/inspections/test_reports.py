"""The report reader on the eight real Ofsted reports, on report layouts made here, and on bad files."""

import json
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from carewatch.errors import InputError
from carewatch.inspections.reports import read_report
from tests.inspections.expected import EXPECTED, FIELDS, REPORTS, finding_matches
from tests.inspections.pdfs import text_pdf

pytestmark = pytest.mark.skipif(not REPORTS.is_dir(), reason=f"sample reports not found at {REPORTS}")


@pytest.fixture(scope="module")
def readings() -> dict[str, dict]:
    return {name: read_report(REPORTS / name).as_dict() for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fields_of_each_sample_report(readings: dict[str, dict], name: str) -> None:
    got, want = readings[name], EXPECTED[name]
    assert {f: got[f] for f in FIELDS} == {f: want[f] for f in FIELDS}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_judgement_of_each_sample_report(readings: dict[str, dict], name: str) -> None:
    assert readings[name]["judgements"] == EXPECTED[name]["judgements"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_complete_and_in_order(readings: dict[str, dict], name: str) -> None:
    got, want = readings[name]["findings"], EXPECTED[name]["findings"]
    assert len(got) == len(want), [f["text"][:60] for f in got]
    for i, (expected, found) in enumerate(zip(want, got, strict=True)):
        assert finding_matches(expected, found), (i, expected, found)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_only_the_publication_date_of_ilacs_reports_is_unread(readings: dict[str, dict], name: str) -> None:
    # ILACS reports do not print their publication date; SIF reports do. Nothing else goes unread.
    unread = readings[name]["unread"]
    assert set(unread) == ({"published"} if EXPECTED[name]["published"] is None else set())


def test_json_is_the_issue_shape(readings: dict[str, dict]) -> None:
    reading = read_report(REPORTS / "dorset-2021-11-19.pdf")
    data = json.loads(reading.to_json())
    assert list(data) == ["council_code", "council_name", "kind", "start_date", "end_date", "published",
                          "lead_inspector", "judgements", "findings", "unread"]
    assert data["findings"][0] == {"kind": "improvement_area", "text": EXPECTED["dorset-2021-11-19.pdf"]["findings"][0][1]}


# ---------------------------------------------------------------------------------------------- layouts made here

def _ilacs_page(council: str, dates: str, rows: list[str]) -> list[str]:
    return [f"Inspection of {council} local authority", "children’s services", f"Inspection dates: {dates}",
            "Lead inspector: Alex Example, His Majesty’s Inspector", "Judgement Grade", *rows,
            "Services for children in the council are improving, Ofsted found."]


def test_april_2026_report_without_overall_effectiveness(tmp_path: Path) -> None:
    # From April 2026 there is no overall effectiveness judgement (domain rule 1): none is read or expected.
    rows = ["The impact of leaders on social work", "practice with children and families", "Good",
            "The experiences and progress of", "children who need help and protection", "Requires improvement to be good",
            "The experiences and progress of", "children in care", "Outstanding",
            "The experiences and progress of care", "leavers", "Inadequate"]
    # 2025-26 reports mark the heading with a footnote ("What needs to improve?1") on the National Framework
    page2 = ["What needs to improve?1", "\u2022 The timeliness of assessments for", "disabled children.",
             "\u2022 Help for care leavers who are", "parents.",
             "The experiences and progress of children who need help and", "protection: requires improvement to be good",
             "1. Children receive help.",
             "1 The areas for improvement have been cross-referenced with the outcomes, enablers or principles in"]
    pdf = text_pdf(tmp_path / "brent.pdf", [_ilacs_page("Brent", "27 April to 1 May 2026", rows), page2])
    reading = read_report(pdf)
    assert reading.kind == "ilacs_short" and reading.council_code == "304"
    assert reading.judgements == {"impact_of_leaders": "good", "help_and_protection": "requires_improvement",
                                  "in_care": "outstanding", "care_leavers": "inadequate"}
    assert [f.text for f in reading.findings] == ["The timeliness of assessments for disabled children.",
                                                  "Help for care leavers who are parents."]
    assert "overall_effectiveness" not in reading.unread


def test_a_grade_not_on_the_scale_is_never_guessed(tmp_path: Path) -> None:
    rows = ["The impact of leaders on social work practice with children and families Adequate",
            "The experiences and progress of children who need help and protection Good",
            "The experiences and progress of children in care Good",
            "The experiences and progress of care leavers Good",
            "Overall effectiveness Good"]
    pdf = text_pdf(tmp_path / "r.pdf", [_ilacs_page("Leeds", "6 to 17 March 2023", rows)])
    reading = read_report(pdf)
    assert "impact_of_leaders" not in reading.judgements
    assert "Adequate" in reading.unread["impact_of_leaders"]
    assert reading.judgements["overall_effectiveness"] == "good" and reading.kind == "ilacs_standard"


def test_focused_visit_letter_with_priority_actions(tmp_path: Path) -> None:
    page1 = ["Ofsted", "Dear Ms Smith", "Focused visit to Sandwell local authority children’s services",
             "This letter summarises the findings of the focused visit to Sandwell children’s services on 5 and",
             "6 March 2019.", "Areas for priority action", "\u2022 The response to children at risk of harm at the",
             "front door.", "Areas for improvement", "\u2022 Management oversight of assessments.",
             "\u2022 The quality of plans.", "1. Leaders know their services well and have acted on the last",
             "inspection's findings.", "Yours sincerely", "Sam Inspector", "Her Majesty’s Inspector"]
    reading = read_report(text_pdf(tmp_path / "fv.pdf", [page1]))
    assert (reading.kind, reading.council_code, reading.judgements) == ("focused_visit", "333", {})
    assert (reading.start_date.isoformat(), reading.end_date.isoformat()) == ("2019-03-05", "2019-03-06")
    assert reading.lead_inspector == "Sam Inspector"
    assert [(f.kind, f.text) for f in reading.findings] == [
        ("priority_action", "The response to children at risk of harm at the front door."),
        ("improvement_area", "Management oversight of assessments."),
        ("improvement_area", "The quality of plans.")]


def test_joint_lead_inspectors(tmp_path: Path) -> None:
    page = _ilacs_page("Stoke-on-Trent", "3 to 14 October 2022", ["Overall effectiveness Good"])
    page[3:4] = ["Lead inspectors: Pat One, His Majesty’s Inspector, and Sam Two,", "His Majesty’s Inspector"]
    assert read_report(text_pdf(tmp_path / "r.pdf", [page])).lead_inspector == "Pat One and Sam Two"


def test_dorset_before_2019_is_the_former_county(tmp_path: Path) -> None:
    # Council identity is time-bound (domain rule 15): Dorset was 835 until 31 March 2019, 838 after.
    page = ["Dorset County Council", "Inspection of children’s social care services",
            "Inspection dates: 14 January 2019 to 25 January 2019", "Lead inspector: Pat Example",
            "Judgement Grade", "The impact of leaders on social work practice with children and families Good",
            "Overall effectiveness Good", "Ofsted"]
    assert read_report(text_pdf(tmp_path / "d.pdf", [page])).council_code == "835"


def test_an_ofsted_report_of_an_unknown_kind_comes_back_blank(tmp_path: Path) -> None:
    page = ["Ofsted", "Inspection of safeguarding and looked after children services", "Rotherham",
            "Inspection dates: 11 June 2012 to 22 June 2012", "Overall effectiveness Adequate",
            "The children in Rotherham are seen by their social workers, who know them well and record their views.",
            "Inspectors looked at the help given to families and at the care of children looked after."]
    reading = read_report(text_pdf(tmp_path / "old.pdf", [page]))
    assert reading.kind is None and reading.judgements == {} and reading.findings == []
    assert "not of a kind carewatch reads" in reading.unread["kind"]


# ---------------------------------------------------------------------------------------------- bad files


def _error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_report(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    return message


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("Inspection of Barnsley local authority children's services\n")
    assert "is not a PDF" in _error(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert "is not a PDF" in _error(tmp_path / "empty.pdf")
    assert "no such file" in _error(tmp_path / "missing.pdf")


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes((REPORTS / "dorset-2021-11-19.pdf").read_bytes()[:3000])
    message = _error(path)
    assert "corrupt or unreadable PDF" in message or "no text layer" in message


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(REPORTS / "dorset-2021-11-19.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert "encrypted PDF" in _error(path)


def test_image_only_pdf(tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert "no text layer" in _error(path)


def test_two_hundred_page_pdf(tmp_path: Path) -> None:
    path = text_pdf(tmp_path / "long.pdf", [[f"Page {i} of a long council paper about children"] for i in range(200)])
    assert "has 200 pages" in _error(path)


def test_a_pdf_that_is_not_an_ofsted_report(tmp_path: Path) -> None:
    lines = ["Minutes of the parish council meeting", "Present: the chair and six members.",
             "Item 1: the village hall roof will be repaired in spring, at a cost agreed by members."] * 4
    assert "is not an Ofsted report" in _error(text_pdf(tmp_path / "minutes.pdf", [lines]))


# ---------------------------------------------------------------------------------------------- command line


def _carewatch(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `carewatch ...` in this process, through the same main() the installed command runs."""
    from carewatch.cli import main

    monkeypatch.setattr(sys, "argv", ["carewatch", *args])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    return int(done.value.code or 0), out.out, out.err


def test_cli_reads_a_report_as_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _carewatch(monkeypatch, capsys, "inspection", "read", str(REPORTS / "barnsley-2023-10-27.pdf"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["council_code"] == "370" and data["judgements"]["help_and_protection"] == "requires_improvement"


def test_cli_exits_2_on_a_file_that_is_not_a_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("not a pdf")
    code, _, err = _carewatch(monkeypatch, capsys, "inspection", "read", str(path))
    assert code == 2
    assert "is not a PDF" in err and "Traceback" not in err


def test_cli_summary_lists_judgements_and_findings_in_order() -> None:
    from typer.testing import CliRunner

    from carewatch.inspections.commands import inspection_app

    done = CliRunner().invoke(inspection_app, ["read", str(REPORTS / "bournemouth-christchurch-poole-2025-01-29.pdf")])
    assert done.exit_code == 0, done.output
    assert "Bournemouth, Christchurch and Poole (839)  ilacs_standard" in done.output
    assert " 3. [improvement_area] Safety planning for children and families" in done.output
