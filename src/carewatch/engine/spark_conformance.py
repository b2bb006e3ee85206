"""Run the same rules or measures on DuckDB and on Spark over the same inputs and say, for each, whether the
answers are identical, different, not transpilable, or failed on Spark. The conformance tests and
benchmarks/spark_conformance.py share this."""

import math
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from carewatch.engine import measures as duck_measures
from carewatch.engine import run as duck_run
from carewatch.engine import spark as spark_engine
from carewatch.engine.geo import add_episodes_geo
from carewatch.engine.measures import Measure
from carewatch.engine.rules import Rule
from carewatch.returns.submission import Submission

IDENTICAL, DIFFERENT, UNTRANSPILABLE, FAILED, SKIPPED = "identical", "different", "not transpilable", "failed on Spark", "skipped"


@dataclass
class Conformance:
    kind: str  # "rules" or "measures"
    status: dict[str, str] = field(default_factory=dict)  # rule code or measure id -> one of the statuses above
    detail: dict[str, str] = field(default_factory=dict)  # why, for anything not identical
    seconds: dict[str, float] = field(default_factory=dict)  # "duckdb" / "spark" wall time
    nonempty: int = 0  # rules that found something / measures with a non-zero value on DuckDB: not a vacuous match

    def count(self, status: str) -> int:
        return sum(1 for s in self.status.values() if s == status)

    def not_identical(self) -> dict[str, str]:
        return {k: f"{s}: {self.detail.get(k, '')}" for k, s in sorted(self.status.items()) if s not in (IDENTICAL, SKIPPED)}


def rules(
    spark: Any, rule_list: list[Rule], submission: Submission, previous: Submission | None,
    reference: dict[str, pa.Table], la_code: str | None,
) -> Conformance:
    out = Conformance("rules")
    t = time.perf_counter()
    duck = duck_run.validate(rule_list, submission, previous, reference, la_code=la_code,
                             extra_setup=add_episodes_geo)
    out.seconds["duckdb"] = time.perf_counter() - t
    t = time.perf_counter()
    sparked, run = spark_engine.validate(spark, rule_list, submission, previous, reference, la_code=la_code)
    out.seconds["spark"] = time.perf_counter() - t
    duck_rows, spark_rows = _findings(duck.findings), _findings(sparked.findings)
    out.nonempty = sum(1 for r in duck.ran if duck_rows[r.code])
    for rule in duck.ran:
        code = rule.code
        if code in run.untranspilable:
            out.status[code], out.detail[code] = UNTRANSPILABLE, run.untranspilable[code]
        elif code in run.failed:
            out.status[code], out.detail[code] = FAILED, run.failed[code]
        elif duck_rows[code] == spark_rows[code]:
            out.status[code] = IDENTICAL
        else:
            only_duck, only_spark = duck_rows[code] - spark_rows[code], spark_rows[code] - duck_rows[code]
            out.status[code] = DIFFERENT
            out.detail[code] = (f"{len(duck_rows[code])} findings on DuckDB, {len(spark_rows[code])} on Spark; "
                                f"only DuckDB {sorted(only_duck)[:3]}, only Spark {sorted(only_spark)[:3]}")
    for rule, why in duck.skipped:
        out.status[rule.code], out.detail[rule.code] = SKIPPED, why
    return out


def _findings(table: pa.Table) -> dict[str, set[tuple]]:
    by_rule: dict[str, set[tuple]] = defaultdict(set)
    for r in table.to_pylist():
        by_rule[r["rule_code"]].add((r["table"], r["row_id"], r["child_id"]))
    return by_rule


def measures(
    spark: Any, measure_list: list[Measure], submission: Submission, previous: Submission | None,
    reference: dict[str, pa.Table], la_code: str | None, population_0_17: int | None,
) -> Conformance:
    out = Conformance("measures")
    t = time.perf_counter()
    duck, duck_skipped = duck_measures.compute(measure_list, submission, previous, la_code=la_code,
                                               population_0_17=population_0_17, reference=reference)
    out.seconds["duckdb"] = time.perf_counter() - t
    t = time.perf_counter()
    sparked, _, run = spark_engine.compute(spark, measure_list, submission, previous, la_code=la_code,
                                           population_0_17=population_0_17, reference=reference)
    out.seconds["spark"] = time.perf_counter() - t
    duck_rows, spark_rows = _values(duck), _values(sparked)
    skipped = {m.id: why for m, why in duck_skipped}
    out.nonempty = sum(1 for rows in duck_rows.values() if any(v and v[2] for v in rows.values()))
    for m in measure_list:
        if m.id in skipped:
            out.status[m.id], out.detail[m.id] = SKIPPED, skipped[m.id]
        elif m.id in run.untranspilable:
            out.status[m.id], out.detail[m.id] = UNTRANSPILABLE, run.untranspilable[m.id]
        elif m.id in run.failed:
            out.status[m.id], out.detail[m.id] = FAILED, run.failed[m.id]
        elif _same(duck_rows[m.id], spark_rows[m.id]):
            out.status[m.id] = IDENTICAL
        else:
            out.status[m.id] = DIFFERENT
            d, s = duck_rows[m.id], spark_rows[m.id]
            diff = sorted(k for k in d.keys() | s.keys() if not _same({k: d.get(k)}, {k: s.get(k)}))
            out.detail[m.id] = "; ".join(f"{k}: DuckDB {d.get(k)} Spark {s.get(k)}" for k in diff[:3])
    return out


def _values(table: pa.Table) -> dict[str, dict[tuple, tuple]]:
    by_measure: dict[str, dict[tuple, tuple]] = defaultdict(dict)
    for r in table.to_pylist():
        by_measure[r["measure_id"]][(r["breakdown"], r["category"])] = (r["numerator"], r["denominator"], r["value"])
    return by_measure


def _same(a: Mapping[tuple, tuple | None], b: Mapping[tuple, tuple | None]) -> bool:
    """Same breakdown rows with the same figures; floats equal to 1e-9 relative (sums in another order)."""
    if a.keys() != b.keys():
        return False
    for key, x in a.items():
        y = b[key]
        if x is None or y is None:
            if x is not y:
                return False
            continue
        for p, q in zip(x, y, strict=True):
            if (p is None) != (q is None):
                return False
            if p is not None and q is not None and not math.isclose(p, q, rel_tol=1e-9, abs_tol=1e-12):
                return False
    return True
