"""The Spark macros (engine/spark_macros.py) against the DuckDB macros (engine/macros.sql) on the same dates:
leap-day birthdays, bank holidays (Easter, Christmas, New Year), weekends, counting back, the calendar's ends
and NULLs; then a sweep over every day of two years."""

from datetime import date, timedelta

import pyarrow as pa
import pytest

from carewatch.engine.run import connect
from carewatch.engine.spark import calendar_of
from carewatch.engine.spark_sql import Transpiler
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def duck():
    con = connect(from_records(load_schema("ssda903", "2025-26"), {}), None, {}, None)
    yield con
    con.close()


def _both(duck, spark, table: pa.Table, select: str) -> tuple[list, list]:
    """The same SELECT over the same rows on DuckDB and (transpiled, macros expanded) on Spark, in row order."""
    duck.register("cases", table)
    on_duck = duck.execute(f"SELECT {select} FROM cases ORDER BY i").fetchall()
    spark.createDataFrame(table).createOrReplaceTempView("cases")
    sql = Transpiler(calendar_of(duck))(f"SELECT {select} FROM cases ORDER BY i")
    on_spark = [tuple(r) for r in spark.sql(sql).collect()]
    return on_duck, on_spark


def _dates(values):
    return pa.array(values, pa.date32())


AGE_CASES = [  # (dob, day, age): the expected ages are worked out by hand
    (date(2008, 2, 29), date(2026, 2, 28), 17),  # leap-day birthday: not yet 18 on 28 Feb of a common year
    (date(2008, 2, 29), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2028, 2, 28), 19),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
    (date(2010, 3, 31), date(2026, 3, 31), 16),  # birthday on the day counts
    (date(2010, 4, 1), date(2026, 3, 31), 15),
    (date(2025, 12, 31), date(2026, 1, 1), 0),
    (date(2012, 6, 15), date(2012, 6, 15), 0),
]


def test_age_at_matches_duckdb_and_the_hand_worked_ages(duck, spark):
    table = pa.table({
        "i": list(range(len(AGE_CASES) + 1)),
        "dob": _dates([c[0] for c in AGE_CASES] + [None]),
        "d": _dates([c[1] for c in AGE_CASES] + [date(2026, 3, 31)]),
    })
    on_duck, on_spark = _both(duck, spark, table, "i, age_at(dob, d)")
    assert on_spark == on_duck
    assert [a for _, a in on_spark] == [c[2] for c in AGE_CASES] + [None]


WORKING_CASES = [  # (start, n, expected): worked out by hand from the England and Wales bank holidays
    (date(2026, 4, 2), 45, date(2026, 6, 10)),  # Easter (3, 6 Apr) and May (4, 25 May) bank holidays
    (date(2026, 4, 2), 1, date(2026, 4, 7)),  # Good Friday and Easter Monday skipped
    (date(2025, 12, 24), 1, date(2025, 12, 29)),  # Christmas Day, Boxing Day, the weekend
    (date(2025, 12, 24), 3, date(2025, 12, 31)),
    (date(2025, 12, 24), 4, date(2026, 1, 2)),  # New Year's Day skipped
    (date(2026, 3, 31), -15, date(2026, 3, 10)),  # counting back 15 working days (no holidays in March)
    (date(2026, 4, 7), -1, date(2026, 4, 2)),  # back over Easter
    (date(2026, 4, 4), 0, date(2026, 4, 2)),  # n = 0 on a non-working day: the last working day before it
]


def test_add_working_days_matches_duckdb_over_bank_holidays(duck, spark):
    extra = [(date(1999, 12, 30), 5), (date(2035, 12, 20), 45), (None, 5)]  # outside the calendar, NULL: NULL
    cases = [(s, n) for s, n, _ in WORKING_CASES] + extra
    table = pa.table({"i": list(range(len(cases))), "d": _dates([c[0] for c in cases]), "n": [c[1] for c in cases]})
    on_duck, on_spark = _both(duck, spark, table, "i, add_working_days(d, n)")
    assert on_spark == on_duck
    assert [r[1] for r in on_spark] == [e for _, _, e in WORKING_CASES] + [None, None, None]


def test_working_days_between_matches_duckdb(duck, spark):
    pairs = [
        (date(2026, 4, 2), date(2026, 6, 10), 45),
        (date(2026, 4, 2), date(2026, 6, 9), 44),
        (date(2026, 6, 10), date(2026, 4, 2), -45),
        (date(2025, 12, 24), date(2026, 1, 2), 4),
        (date(2025, 12, 25), date(2025, 12, 26), 0),  # both bank holidays
        (date(2026, 4, 4), date(2026, 4, 5), 0),  # a weekend
    ]
    rows = pairs + [(date(1999, 12, 31), date(2000, 1, 4), None), (None, date(2026, 1, 1), None)]
    table = pa.table({"i": list(range(len(rows))), "a": _dates([r[0] for r in rows]), "b": _dates([r[1] for r in rows])})
    on_duck, on_spark = _both(duck, spark, table, "i, working_days_between(a, b)")
    assert on_spark == on_duck
    assert [r[1] for r in on_spark] == [r[2] for r in rows]


def test_every_day_of_two_years_agrees(duck, spark):
    # Every day from 1 Jan 2025 to 31 Dec 2026 as a start, with the offsets the rules and measures use, and
    # as one end of a working-days count.
    days = [date(2025, 1, 1) + timedelta(days=k) for k in range(730)]
    offsets = [-45, -15, -1, 0, 1, 15, 20, 45, 70]
    spans = [-60, -1, 0, 1, 5, 30, 90]
    rows = [(d, n, d + timedelta(days=spans[k % len(spans)])) for d in days for k, n in enumerate(offsets)]
    table = pa.table({
        "i": list(range(len(rows))),
        "d": _dates([r[0] for r in rows]),
        "n": [r[1] for r in rows],
        "e": _dates([r[2] for r in rows]),
        "dob": _dates([date(2008, 2, 29)] * len(rows)),
    })
    on_duck, on_spark = _both(duck, spark, table, "i, add_working_days(d, n), working_days_between(d, e), age_at(dob, d)")
    assert len(on_duck) == len(rows)
    assert on_spark == on_duck


def test_rewritten_duckdb_functions_give_the_same_answers(duck, spark):
    # Each DuckDB construct the transpile step rewrites (engine/spark_sql.py), on edge cases.
    table = pa.table({
        "i": [1, 2, 3, 4, 5, 6],
        "d": _dates([date(2026, 3, 29), date(2026, 3, 30), date(2008, 2, 29), date(2025, 12, 25), None, date(2026, 4, 4)]),
        "s": ["ZZ/03/2024", "12/03/2024", "31/02/2024", "/Message/Children/Child[3]/CINdetails", "a//b", None],
        "k": [3, 1, 2, 2, 1, None],
    })
    select = (
        "i, isodow(d), dayofweek(d), CAST(d + to_years(1) AS DATE), "
        r"regexp_full_match(s, '\d{2}/\d{2}/\d{4}'), regexp_full_match(s, 'ZZ/\d{2}'), "
        "CAST(try_strptime(s, '%d/%m/%Y') AS DATE), CAST(try_strptime('01/' || s[4:], '%d/%m/%Y') AS DATE), "
        "s[2:5], s[:2], parse_dirpath(s, '/'), list_sum([k * j FOR j IN range(1, 4)]), "
        "arg_min_null(s, (k, i)) OVER (), arg_max_null(s, (k, -i)) OVER ()"
    )
    on_duck, on_spark = _both(duck, spark, table, select)
    assert on_spark == on_duck
    assert on_duck[0][1:3] == (7, 0)  # Sunday 29 March 2026: ISO 7, DuckDB dayofweek 0
    assert on_duck[2][3] == date(2009, 2, 28)  # 29 Feb + 1 year
