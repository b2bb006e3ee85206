"""The national record: Ofsted's "Local authority inspection outcomes as at 31 March 2025" release (shipped copy),
checked against rows read by eye from the .ods, and bad spreadsheets."""

import sys
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter

from carewatch.errors import InputError
from carewatch.inspections.national import (
    HISTORY,
    IN_YEAR,
    LATEST,
    distribution,
    neighbours,
    read_national_record,
)


@pytest.fixture(scope="module")
def record():
    return read_national_record()


def test_the_release_and_its_three_tables(record) -> None:
    assert record.as_at == "Local authority inspection outcomes as at 31 March 2025"
    assert record.published == date(2025, 9, 25)
    assert (len(record.latest), len(record.in_year), len(record.history)) == (153, 112, 271)
    assert all(r.la_code for r in record.latest + record.in_year + record.history)  # every area code has a DfE code


def test_a_councils_latest_judgements(record) -> None:
    bcp = record.latest_for("839")
    assert (bcp.la_name, bcp.region, bcp.kind) == ("Bournemouth, Christchurch & Poole", "South West", "ilacs_standard")
    assert (bcp.start_date, bcp.published) == (date(2024, 12, 2), date(2025, 1, 29))
    assert bcp.judgements == {"overall_effectiveness": "good", "impact_of_leaders": "good", "help_and_protection": "good",
                              "in_care": "good", "care_leavers": "requires_improvement"}


def test_history_keeps_the_combined_judgement_before_2023(record) -> None:
    first, second = record.history_for("839")
    assert (first.start_date, first.kind) == (date(2021, 12, 6), "ilacs_standard")
    assert first.judgements == {"overall_effectiveness": "inadequate", "impact_of_leaders": "inadequate",
                                "help_and_protection": "inadequate", "in_care_and_care_leavers": "requires_improvement"}
    assert second.start_date == date(2024, 12, 2)


def test_in_year_activity_includes_monitoring_visits(record) -> None:
    bradford = record.in_year_for("380")
    assert [(r.kind, r.theme, r.start_date, r.judgements) for r in bradford] == [
        ("monitoring_visit", "Achieving permanence", date(2024, 5, 22), {}),
        ("monitoring_visit", "Children in care", date(2025, 2, 11), {})]
    kinds = {r.kind for r in record.in_year}
    assert kinds == {"ilacs_standard", "ilacs_short", "focused_visit", "monitoring_visit"}
    assert all(r.judgements == {} for r in record.in_year if r.kind in ("focused_visit", "monitoring_visit"))


def test_former_councils_keep_their_own_codes(record) -> None:
    # Rule 15: Northamptonshire (928), Cumbria (909) and Bournemouth (837) are in the history under their own codes.
    gone = {(r.la_name, r.la_code) for r in record.history if not r.still_exists}
    assert {("Northamptonshire", "928"), ("Cumbria", "909"), ("Bournemouth", "837")} <= gone


def test_distribution_england_and_region(record) -> None:
    england = distribution(record.latest, "overall_effectiveness")
    assert sum(england.values()) == 153 and england["none"] == 0
    assert england == {"outstanding": 36, "good": 67, "requires_improvement": 31, "inadequate": 19, "none": 0}
    south_west = distribution(record.latest, "overall_effectiveness", region="South West")
    assert sum(south_west.values()) == sum(1 for r in record.latest if r.region == "South West")
    # 50 councils were last inspected before January 2023: no care leavers grade, a combined one instead
    assert distribution(record.latest, "care_leavers")["none"] == 50
    assert sum(distribution(record.latest, "in_care_and_care_leavers").values()) - 103 == 50


def test_neighbours_from_the_2025_model() -> None:
    near = neighbours("839")
    assert [n.la_code for n in near] == ["822", "882", "886", "878", "826", "303", "938", "926", "845", "881"]
    assert near[0].closeness == "Very close"
    assert neighbours("928") == []  # abolished before the 2025 model


def _workbook(path: Path, latest_header: list[str], latest_row: list) -> Path:
    book = xlsxwriter.Workbook(str(path))
    from carewatch.inspections.national import _REQUIRED

    for sheet in (LATEST, IN_YEAR, HISTORY):
        ws = book.add_worksheet(sheet)
        ws.write_row(0, 0, ["title"])
        header = latest_header if sheet == LATEST else ["Web link", *_REQUIRED[sheet]]
        ws.write_row(2, 0, header)
        if sheet == LATEST:
            ws.write_row(3, 0, latest_row)
    book.close()
    return path


def test_a_grade_off_the_scale_names_sheet_row_and_column(tmp_path: Path) -> None:
    from carewatch.inspections.national import _REQUIRED

    header = ["Web link", *_REQUIRED[LATEST]]
    row = ["link", "E08000016", "Barnsley", "North East", "2023-09-11", "2023-10-27", "Adequate", "Good", "Good", "Good", "Good"]
    with pytest.raises(InputError) as caught:
        read_national_record(_workbook(tmp_path / "bad.xlsx", header, row))
    err = caught.value
    assert (err.row, err.column) == (4, "Overall effectiveness") and "Adequate" in str(err)


def test_a_missing_column_and_a_file_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    from carewatch.inspections.national import _REQUIRED

    header = ["Web link", *[h for h in _REQUIRED[LATEST] if h != "Ofsted region"]]
    with pytest.raises(InputError, match="expected column 'Ofsted region'"):
        read_national_record(_workbook(tmp_path / "cols.xlsx", header, []))
    junk = tmp_path / "junk.ods"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable spreadsheet"):
        read_national_record(junk)


def test_cli_national_for_a_council(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from carewatch.cli import main

    monkeypatch.setattr(sys, "argv", ["carewatch", "inspection", "national", "--la", "839"])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    assert not done.value.code, out.err
    assert "Bournemouth, Christchurch & Poole (839)" in out.out and "Statistical neighbours" in out.out
    assert "Latest judgements, South West" in out.out


def test_cli_national_unknown_council_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from carewatch.cli import main

    monkeypatch.setattr(sys, "argv", ["carewatch", "inspection", "national", "--la", "999"])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 2 and "no council with DfE code '999'" in capsys.readouterr().err


def test_every_inspection_once_for_an_idempotent_load(record) -> None:
    everything = record.inspections()
    assert len(everything) == len({r.key for r in everything}) == 271 + 36 + 24  # history + focused + monitoring
    assert read_national_record().inspections() == everything  # reading again gives the same records


def test_the_release_gives_the_publication_date_a_report_does_not_print(record) -> None:
    # Barnsley's 2023 short inspection report (a sample report) starts on 11 September 2023 and prints no
    # publication date; Ofsted's release records it as published on 27 October 2023.
    found = record.visit("370", date(2023, 9, 11))
    assert (found.kind, found.published) == ("ilacs_short", date(2023, 10, 27))
    assert record.visit("370", date(2023, 9, 12)) is None


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", b"0" * (10 * 1024 * 1024))  # 10 MB of zeros: a 1000:1 ratio
    with pytest.raises(InputError, match="zip bomb"):
        read_national_record(bomb)
