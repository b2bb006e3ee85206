"""The pooling rewriter (engine.pooled.pool_sql) on small hand-written queries: each query is run once per
submission on that submission's own tables, and once pooled over the stacked tables; the rows per `_sub` must be
exactly the same. Submission "b" has no episodes at all, so every aggregate must still give it its row."""

from collections import Counter
from datetime import date

import duckdb
import pyarrow as pa
import pytest

from carewatch.engine.pooled import SUB, SUBS, Unpoolable, pool_sql

EPISODES = {
    "a": [("c1", date(2024, 4, 2), "S", "C2"), ("c1", date(2024, 9, 1), "P", "C2"), ("c2", date(2025, 1, 5), "S", "V3"),
          ("c3", date(2023, 1, 1), "S", "J2")],
    "b": [],
    "c": [("c1", date(2024, 6, 1), "S", "C2"), ("c9", date(2024, 7, 1), "S", "C2")],  # c1 here is another child
}
UASC = {"a": [("c1",)], "b": [], "c": [("c9",)]}
META = {"a": (date(2024, 4, 1), date(2025, 3, 31), 1000), "b": (date(2024, 4, 1), date(2025, 3, 31), 50),
        "c": (date(2023, 4, 1), date(2024, 12, 31), 700)}


def _tables(sub: str) -> dict[str, pa.Table]:
    ep = EPISODES[sub]
    start, end, pop = META[sub]
    return {
        "episodes": pa.table({"CHILD": pa.array([r[0] for r in ep], pa.string()), "DECOM": pa.array([r[1] for r in ep], pa.date32()),
                              "RNE": pa.array([r[2] for r in ep], pa.string()), "LS": pa.array([r[3] for r in ep], pa.string())}),
        "uasc": pa.table({"CHILD": pa.array([r[0] for r in UASC[sub]], pa.string())}),
        "meta": pa.table({"collection_start": pa.array([start], pa.date32()), "collection_end": pa.array([end], pa.date32()),
                          "population_0_17": pa.array([pop], pa.int64())}),
    }


CODES = pa.table({"code": ["C2", "J2", "V3"], "label": ["care order", "PACE", "short breaks"]})


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.sql(sql).fetchall()


def _per_submission(sql: str) -> dict[str, Counter]:
    out = {}
    for sub in EPISODES:
        con = duckdb.connect()
        for name, table in _tables(sub).items():
            con.register(name, table)
        con.register("codes", CODES)
        out[sub] = Counter(_rows(con, sql))
        con.close()
    return out


def _pooled(sql: str) -> dict[str, Counter]:
    con = duckdb.connect()
    stacked = {}
    for name in ("episodes", "uasc", "meta"):
        parts = [t.append_column(SUB, pa.array([sub] * t.num_rows, pa.string())) for sub in EPISODES for t in [_tables(sub)[name]]]
        stacked[name] = pa.concat_tables(parts)
        con.register(name, stacked[name])
    con.register("codes", CODES)
    con.register(SUBS, pa.table({SUB: list(EPISODES)}))
    pooled = pool_sql(sql, shared={"codes"})
    out: dict[str, Counter] = {sub: Counter() for sub in EPISODES}
    result = con.sql(pooled)
    at = result.columns.index(SUB)  # last, unless a star brought it
    for row in result.fetchall():
        out[row[at]][row[:at] + row[at + 1:]] += 1
    con.close()
    return out


def _same(sql: str) -> dict[str, Counter]:
    expected = _per_submission(sql)
    assert _pooled(sql) == expected
    return expected


def test_join_with_meta_is_keyed() -> None:
    got = _same("SELECT e.CHILD, e.DECOM FROM episodes e CROSS JOIN meta m WHERE e.DECOM BETWEEN m.collection_start AND m.collection_end")
    # c1 started 2024-06-01 in c, inside c's year; a's c3 (2023) is outside a's year.
    assert got["c"] == Counter({("c1", date(2024, 6, 1)): 1, ("c9", date(2024, 7, 1)): 1})
    assert ("c3", date(2023, 1, 1)) not in got["a"]


def test_window_partitions_per_submission() -> None:
    # Without `_sub` in PARTITION BY, child c1 of "a" and c1 of "c" would be numbered together.
    got = _same("SELECT CHILD, DECOM, row_number() OVER (PARTITION BY CHILD ORDER BY DECOM) AS n, "
                "count(*) OVER () AS all_rows FROM episodes")
    assert got["c"][("c1", date(2024, 6, 1), 1, 2)] == 1


def test_named_window_and_qualify() -> None:
    _same("SELECT CHILD, lag(DECOM) OVER w AS before FROM episodes WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM)")
    _same("SELECT CHILD FROM episodes QUALIFY row_number() OVER (ORDER BY DECOM DESC) = 1")


def test_scalar_aggregate_gives_a_row_to_a_submission_without_rows() -> None:
    sql = ("SELECT 'total' AS breakdown, count(*) AS n, count(*) FILTER (WHERE LS = 'C2') AS c2, sum(1) AS s, "
           "100.0 * count(*) FILTER (WHERE LS = 'C2') / nullif(count(*), 0) AS pct, any_value(CHILD) IS NULL AS none FROM episodes")
    got = _same(sql)
    assert got["b"] == Counter({("total", 0, 0, None, None, True): 1})


def test_scalar_aggregate_in_cte_then_joined() -> None:
    got = _same("""WITH total AS (SELECT count(*) AS n FROM episodes), kids AS (SELECT count(DISTINCT CHILD) AS k FROM episodes)
                   SELECT t.n, k.k, m.population_0_17 FROM total t CROSS JOIN kids k CROSS JOIN meta m""")
    assert got["b"] == Counter({(0, 0, 50): 1})


def test_rate_from_meta_left_join_on_true() -> None:
    got = _same("""WITH cla AS (SELECT DISTINCT CHILD FROM episodes WHERE LS <> 'V3')
                   SELECT count(c.CHILD) AS n, any_value(m.population_0_17) AS pop, count(c.CHILD) * 10000.0 / any_value(m.population_0_17)
                   FROM meta m LEFT JOIN cla c ON TRUE""")
    assert got["b"] == Counter({(0, 50, 0): 1})


def test_exists_and_in_are_correlated() -> None:
    # c9 is UASC in "c" only; c1 is UASC in "a" only: an uncorrelated subquery would mark c1 of "c" too.
    got = _same("SELECT e.CHILD, EXISTS (SELECT 1 FROM uasc u WHERE u.CHILD = e.CHILD) AS is_uasc, "
                "e.CHILD IN (SELECT CHILD FROM uasc) AS listed FROM episodes e")
    assert got["c"][("c1", False, False)] == 1
    _same("SELECT CHILD FROM episodes WHERE CHILD IN (SELECT CHILD FROM uasc) OR NOT EXISTS (SELECT 1 FROM uasc)")


def test_scalar_subquery_reads_the_rows_own_meta() -> None:
    got = _same("SELECT CHILD, DECOM <= (SELECT collection_end FROM meta) AS by_end, (SELECT count(*) FROM uasc) AS u FROM episodes")
    assert got["c"][("c1", True, 1)] == 1
    _same("SELECT (SELECT count(*) FROM episodes) AS n, collection_end FROM meta")
    # A shared table's rows, once per submission, because a subquery reads the submission's own rows.
    got = _same("WITH x AS (SELECT code, (SELECT count(*) FROM episodes WHERE LS = code) AS n FROM codes) SELECT * FROM x")
    assert got["b"] == Counter({("C2", 0): 1, ("J2", 0): 1, ("V3", 0): 1})


def test_union_all_with_grouped_and_unkeyed_branches() -> None:
    got = _same("""SELECT 'total' AS breakdown, 'all' AS category, count(*) AS n FROM episodes
                   UNION ALL SELECT 'ls', LS, count(*) FROM episodes GROUP BY 2
                   UNION ALL SELECT 'fixed', 'x', 1""")
    assert got["b"] == Counter({("total", "all", 0): 1, ("fixed", "x", 1): 1})


def test_values_left_join_gives_every_submission_its_categories() -> None:
    got = _same("""SELECT t.type, count(e.CHILD) FROM (VALUES ('S'), ('P')) t(type) LEFT JOIN episodes e ON e.RNE = t.type
                   GROUP BY t.type""")
    assert got["b"] == Counter({("S", 0): 1, ("P", 0): 1})


def test_derived_tables_distinct_and_shared_codes() -> None:
    _same("SELECT count(*) FROM (SELECT DISTINCT CHILD FROM episodes)")
    _same("""SELECT c.label, x.n FROM (SELECT LS, count(*) AS n FROM episodes GROUP BY LS) x(code, n)
             JOIN codes c ON c.code = x.code""")
    _same("SELECT e.*, c.label FROM episodes e LEFT JOIN codes c ON c.code = e.LS")
    _same("SELECT LS, count(*) FROM episodes GROUP BY LS HAVING count(*) > 1")


@pytest.mark.parametrize(
    "sql, why",
    [
        ("SELECT e.CHILD FROM episodes e RIGHT JOIN uasc u ON u.CHILD = e.CHILD", "RIGHT JOIN"),
        ("SELECT CHILD FROM episodes ORDER BY DECOM LIMIT 1", "LIMIT"),
        ("SELECT * FROM episodes e JOIN uasc u ON u.CHILD = e.CHILD", "two keyed"),
        ("SELECT * FROM episodes UNION ALL SELECT * FROM episodes", "column order"),
        ("SELECT e.CHILD FROM episodes e JOIN uasc u USING (CHILD)", "unsupported join"),
        ("SELECT count(*) FROM episodes HAVING count(*) > 0", "HAVING"),
        ("SELECT * FROM codes", "driven from _subs"),
    ],
)
def test_what_it_cannot_prove_right_is_refused(sql: str, why: str) -> None:
    with pytest.raises(Unpoolable, match=why):
        pool_sql(sql, shared={"codes"})
