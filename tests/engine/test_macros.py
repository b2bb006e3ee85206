"""The engine's date macros, against the same sums done by hand and by carewatch.reference.working_days."""

from datetime import date

import pytest

from carewatch.engine.run import connect
from carewatch.reference.working_days import WorkingDays
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records


@pytest.fixture(scope="module")
def con():
    return connect(from_records(load_schema("ssda903", "2025-26"), {}), None, {}, None)


@pytest.mark.parametrize(
    ("dob", "day", "age"),
    [("2010-03-31", "2026-03-31", 16), ("2010-04-01", "2026-03-31", 15), ("2008-02-29", "2026-02-28", 17), ("2008-02-29", "2026-03-01", 18)],
)
def test_age_at(con, dob, day, age):
    assert con.execute("SELECT age_at(?::DATE, ?::DATE)", [dob, day]).fetchone()[0] == age


def test_45_working_days_across_easter_and_may_bank_holidays(con):
    # Referral on Thursday 2 April 2026. Counting from the next day: April gives 18 working days (3 and 6
    # April are Good Friday and Easter Monday), May 19 (4 and 25 May are bank holidays), so day 37 is Friday
    # 29 May; 1-5 June make 42 and the 45th working day is Wednesday 10 June 2026.
    assert con.execute("SELECT add_working_days(DATE '2026-04-02', 45)").fetchone()[0] == date(2026, 6, 10)
    assert con.execute("SELECT working_days_between(DATE '2026-04-02', DATE '2026-06-10')").fetchone()[0] == 45
    assert con.execute("SELECT working_days_between(DATE '2026-04-02', DATE '2026-06-09')").fetchone()[0] == 44


def test_working_days_agree_with_the_reference_calendar_over_a_year(con):
    wd = WorkingDays()
    for start in (date(2024, 12, 20), date(2025, 3, 28), date(2025, 8, 22)):
        for n in (1, 15, 20, 45, 70):
            assert con.execute("SELECT add_working_days(?, ?)", [start, n]).fetchone()[0] == wd.add(start, n)
