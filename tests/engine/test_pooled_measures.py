"""Conformance of pooled measures (engine.pooled.compute_pooled) with per-council ones (engine.measures.compute):
on a small synthetic England (a tiny council whose tables are empty for many measures, three years so that the
first has no previous return, 903 and CIN census), every measure's rows are exactly the same for every
council-year, and no measure had to fall back to per-council."""

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyarrow.compute as pc
import pytest

from carewatch.engine.measures import compute
from carewatch.engine.pooled import compute_pooled
from carewatch.measures.national import _load, jobs_in, measure_councils, pooled_job
from carewatch.synth.england import Council, write_england


@pytest.fixture(scope="module")
def england(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("england")
    write_england(out, [Council("839", "Bournemouth, Christchurch and Poole", 30, 120), Council("201", "City of London", 1, 3),
                        Council("857", "Rutland", 8, 30)], ["2023-24", "2024-25", "2025-26"], seed=5, workers=1)
    return out


def _rows(table) -> Counter:
    return Counter(
        (r["measure_id"], r["la_code"], r["period"], r["breakdown"], r["category"], r["numerator"], r["denominator"], r["value"])
        for r in table.to_pylist()
    )


@pytest.mark.parametrize("return_name", ["ssda903", "cin"])
def test_pooled_rows_are_the_per_council_rows(england: Path, return_name: str) -> None:
    measures = _load(return_name)
    subs = [pooled_job(j) for j in jobs_in(england) if j.return_name == return_name]
    assert len(subs) == 9 and any(p.previous is not None for p in subs)
    if return_name == "cin":  # the first census has no previous one: pooled apart, its history measures skipped
        assert any(p.previous is None for p in subs)
    run = compute_pooled(measures, subs)
    assert run.per_submission == {}  # every measure pooled
    expected: Counter = Counter()
    skipped = []
    for p in subs:
        table, missed = compute(measures, p.current, p.previous, la_code=p.la_code, population_0_17=p.population_0_17,
                                reference=p.reference)
        expected += _rows(table)
        skipped += [(p.key, m.id, why) for m, why in missed]
    assert _rows(run.table) == expected
    assert sorted((k, m.id, why) for k, m, why in run.skipped) == sorted(skipped)
    # Not a vacuous match: every measure has rows, some non-zero; the tiny council has empty-input rows.
    ids = set(run.table["measure_id"].to_pylist())
    assert ids == {m.id for m in measures}
    assert pc.sum(pc.fill_null(run.table["value"], 0)).as_py() > 0
    tiny = run.table.filter(pc.equal(run.table["la_code"], "201"))
    assert tiny.num_rows and None in tiny["value"].to_pylist()


def test_measure_councils_pooled_and_per_council_agree(england: Path) -> None:
    pooled = measure_councils(england, workers=1, pooled=True)
    alone = measure_councils(england, workers=1, pooled=False)
    assert pooled.jobs == alone.jobs == 3 * 3 * 2
    assert _rows(pooled.table) == _rows(alone.table)
    assert pooled.skipped == alone.skipped and pooled.per_council == {}


def test_a_measure_that_cannot_be_pooled_runs_per_council(england: Path) -> None:
    measures = {m.id: m for m in _load("ssda903")}
    # The same measure with a LIMIT the rewriter refuses (it would cut across councils), and one it pools.
    limited = replace(measures["cla_31mar"], sql=f"SELECT * FROM ({measures['cla_31mar'].sql}) LIMIT 1000")
    chosen = [limited, measures["cla_started"]]
    subs = [pooled_job(j) for j in jobs_in(england) if j.return_name == "ssda903" and j.year == "2025-26"]
    run = compute_pooled(chosen, subs)
    assert set(run.per_submission) == {"cla_31mar"} and "LIMIT" in run.per_submission["cla_31mar"]
    expected: Counter = Counter()
    for p in subs:
        expected += _rows(compute(chosen, p.current, p.previous, la_code=p.la_code, population_0_17=p.population_0_17,
                                  reference=p.reference)[0])
    assert _rows(run.table) == expected and {r[0] for r in expected} == {"cla_31mar", "cla_started"}
