"""Pooled measures on Spark (engine.pooled.compute_pooled_spark) against pooled DuckDB, which the engine tests
hold equal to per-council DuckDB: a small synthetic England (a tiny council among them), one year, both returns;
every measure of every council identical. Runs with `pytest -m spark -p no:xdist tests/spark` (slow: a few
minutes on two busy cores)."""

from pathlib import Path

import pytest

from carewatch.engine import pooled
from carewatch.engine.pooled import compute_pooled, compute_pooled_spark
from carewatch.engine.spark_conformance import _same
from carewatch.measures.national import _load, jobs_in, pooled_job
from carewatch.synth.england import Council, write_england

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def england(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("england")
    write_england(out, [Council("839", "Bournemouth, Christchurch and Poole", 20, 80), Council("201", "City of London", 1, 3)],
                  ["2024-25", "2025-26"], seed=7, workers=1)
    return out


def _by_council(table) -> dict[tuple, dict[tuple, tuple]]:
    out: dict[tuple, dict[tuple, tuple]] = {}
    for r in table.to_pylist():
        out.setdefault((r["measure_id"], r["la_code"], r["period"]), {})[(r["breakdown"], r["category"])] = (
            r["numerator"], r["denominator"], r["value"])
    return out


@pytest.mark.parametrize("return_name", ["ssda903", "cin"])
def test_pooled_on_spark_matches_pooled_duckdb(spark, england: Path, return_name: str, monkeypatch) -> None:
    monkeypatch.setattr(pooled, "ARROW_ROWS", 100)  # the larger tables go over as Parquet files, as at scale
    subs = [pooled_job(j) for j in jobs_in(england) if j.return_name == return_name and j.year == "2025-26"]
    measures = _load(return_name)
    duck = compute_pooled(measures, subs)
    sparked, problems = compute_pooled_spark(spark, measures, subs)
    assert problems == {} and sparked.per_submission == {}
    a, b = _by_council(duck.table), _by_council(sparked.table)
    assert a.keys() == b.keys() and len({k[0] for k in a}) == len(measures)
    assert [k for k in a if not _same(a[k], b[k])] == []
