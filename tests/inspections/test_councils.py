"""Council names as Ofsted's reports write them, to DfE codes; time-bound identities (domain rule 15)."""

from datetime import date

import pytest

from carewatch.inspections import councils


@pytest.mark.parametrize(("written", "on", "code"), [
    ("Metropolitan Borough of Barnsley Council", date(2014, 6, 25), "370"),
    ("Bournemouth, Christchurch & Poole", date(2024, 12, 13), "839"),
    ("Kingston Upon Hull City Council", date(2019, 1, 25), "810"),
    ("East Riding", date(2020, 3, 1), "811"),  # the report's short name
    ("Cheshire East Unitary Authority", date(2015, 7, 1), "895"),
    ("Royal Borough of Greenwich", date(2019, 12, 13), "203"),
    ("City of London", date(2016, 7, 1), "201"),
    ("Dorset", date(2021, 10, 8), "838"),
    ("Dorset County Council", date(2018, 6, 1), "835"),
    ("Bournemouth", date(2017, 5, 1), "837"),
    ("Northamptonshire", date(2019, 6, 1), "928"),
    ("West Northamptonshire", date(2022, 5, 1), "941"),
    ("Cumbria", date(2022, 1, 1), "909"),
])
def test_names_reports_use(written: str, on: date, code: str) -> None:
    council = councils.by_name(written, on)
    assert council is not None and council.la_code == code


def test_a_name_that_is_no_council() -> None:
    assert councils.by_name("Surrey Safeguarding Children Board", date(2015, 6, 1)) is None
    assert councils.by_name("local authority", None) is None


def test_every_current_council_has_ten_neighbours() -> None:
    current = [c for c in councils.councils() if c.valid_to is None]
    assert len(current) == 153
    assert all(len(councils.neighbours(c.la_code)) == 10 for c in current)
