"""Every rule and measure transpiles to Spark SQL (no JVM needed, so this runs in the ordinary test run):
the macros are expanded, nothing DuckDB-only is left, and SQLGlot parses the result back as Spark SQL."""

import sys

import pytest
import sqlglot

from carewatch.engine import spark as spark_engine
from carewatch.engine.measures import load_measures
from carewatch.engine.run import connect
from carewatch.engine.spark import calendar_of
from carewatch.engine.spark_sql import Transpiler
from carewatch.engine.validate import rules
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records

DUCKDB_ONLY = ("AGE_AT(", "ADD_WORKING_DAYS(", "WORKING_DAYS_BETWEEN(", "REGEXP_FULL_MATCH(", "TRY_STRPTIME(",
               "TO_YEARS(", "ARG_MIN_NULL(", "ARG_MAX_NULL(", "PARSE_DIRPATH(", "LIST_SUM(", "QUALIFY ")


@pytest.fixture(scope="module")
def to_spark():
    con = connect(from_records(load_schema("ssda903", "2025-26"), {}), None, {}, None)
    yield Transpiler(calendar_of(con))
    con.close()


@pytest.mark.parametrize("return_name", ["ssda903", "cin"])
def test_every_rule_and_measure_transpiles(to_spark, return_name):
    queries = {f"rule {r.code} ({r.path.name})": r.sql for r in rules(return_name)}
    queries |= {f"measure {m.id}": m.sql for m in load_measures(return_name)}
    left = {}
    for name, sql in queries.items():
        out = to_spark(sql)
        sqlglot.parse_one(out, read="spark")
        found = [f for f in DUCKDB_ONLY if f in out.upper()]
        if found:
            left[name] = found
    assert left == {}
    assert len(queries) > 100


def test_macros_are_expanded_inside_other_functions(to_spark):
    out = to_spark("SELECT CAST(DOB + to_years(age_at(DOB, add_working_days(d, 15))) AS DATE) FROM t")
    assert "AGE_AT" not in out.upper() and "ADD_WORKING_DAYS" not in out.upper()
    assert "MAKE_YM_INTERVAL" in out and "TRY_ELEMENT_AT" in out


def test_without_pyspark_the_reason_is_given(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # `import pyspark` now raises ImportError
    assert "pyspark is not installed" in (spark_engine.unavailable() or "")
    with pytest.raises(spark_engine.SparkUnavailable, match=r"\[spark\] extra"):
        spark_engine.session()


def test_without_java_the_reason_is_given(monkeypatch):
    pytest.importorskip("pyspark")
    monkeypatch.setattr(spark_engine.shutil, "which", lambda _: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert "Java" in (spark_engine.unavailable() or "")
