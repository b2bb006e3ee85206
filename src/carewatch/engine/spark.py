"""Run the same rules and measures on Apache Spark (local pyspark here; a cluster or Databricks for regional
and national pools): the inputs are built exactly as for DuckDB (engine.run.connect), handed to Spark as
temporary views, and each query is transpiled by SQLGlot (DuckDB -> Spark) after the engine's macros are
expanded into Spark expressions (engine.spark_macros). Needs the `spark` extra (pyspark) and Java 17."""

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa
import sqlglot

from carewatch.engine import geo
from carewatch.engine.measures import OUTPUT, RESULT_SCHEMA, Measure, all_years_tables, view_queries
from carewatch.engine.measures import _why as _why_measure
from carewatch.engine.rules import Rule, rules_for
from carewatch.engine.run import Validation, _trace, connect, create_rule_tables, relations, sql_literal
from carewatch.engine.run import _why as _why_rule
from carewatch.engine.spark_macros import Calendar
from carewatch.engine.spark_sql import Transpiler, Untranspilable
from carewatch.returns.submission import Submission

WORKERS = 4  # Spark schedules jobs from several threads side by side (measured: 4 beat 2 and 8 on 2 cores)


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing: the reason, for a skip message or the CLI."""


def unavailable() -> str | None:
    """Why Spark cannot run here, or None when it can."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (install carewatch with the [spark] extra)"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java (17 or later) is not on PATH and JAVA_HOME is not set"
    return None


_session_lock = threading.Lock()


def session(cores: int = 2, shuffle_partitions: int = 1) -> Any:
    """A local SparkSession tuned for one council's return: one shuffle partition and no adaptive
    re-planning (measured: 60 rules 38 s -> 13 s on 2 busy cores; both only pay off on large data), no UI,
    dates in UTC. Spark's own analysis errors are reported per query by the runner, not logged."""
    why = unavailable()
    if why:
        raise SparkUnavailable(why)
    from pyspark.sql import SparkSession

    with _session_lock:
        spark = (
            SparkSession.builder.master(f"local[{cores}]").appName("carewatch")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
            .config("spark.sql.adaptive.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.scheduler.mode", "FAIR")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        logging.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)
    return spark


def calendar_of(con: duckdb.DuckDBPyConnection) -> Calendar:
    """The DuckDB engine's own calendar, so both engines count the same working days."""
    first, last = con.execute("SELECT min(day), max(day) FROM calendar").fetchone() or (None, None)
    hols = con.execute("SELECT day FROM calendar WHERE NOT working AND isodow(day) < 6 ORDER BY day").fetchall()
    return Calendar(first, last, tuple(h[0] for h in hols))


@dataclass
class SparkRun:
    """What ran, what could not be transpiled (and why) and what failed on Spark (and why)."""

    untranspilable: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _to_spark(spark: Any, con: duckdb.DuckDBPyConnection, names: list[str]) -> None:
    """Each DuckDB table or view as a Spark temporary view (Arrow in, no pandas)."""
    for name in names:
        table = con.sql(f'SELECT * FROM "{name}"').to_arrow_table()
        # Spark has no Arrow null type: an all-NULL column of unknown type becomes text.
        table = pa.table(
            [c.cast(pa.string()) if pa.types.is_null(c.type) else c for c in table.columns], names=table.column_names
        )
        spark.createDataFrame(table).createOrReplaceTempView(name)


def _inputs(con: duckdb.DuckDBPyConnection) -> list[str]:
    return sorted(name for name in relations(con) if not name.startswith("_"))


def _run_all(spark: Any, jobs: dict[str, str], run: SparkRun, on_done: Callable[[str], None] | None) -> dict[str, pa.Table]:
    """Run each named Spark SQL query, side by side; failures are recorded, never raised."""
    out: dict[str, pa.Table] = {}

    def one(item: tuple[str, str]) -> tuple[str, pa.Table | None, str, float]:
        key, sql = item
        started = time.perf_counter()
        try:
            return key, spark.sql(sql).toArrow(), "", time.perf_counter() - started
        except Exception as exc:  # a Spark analysis or runtime error: report it against the query
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return key, None, first[:300], time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for key, table, error, secs in pool.map(one, jobs.items()):
            run.seconds[key] = secs
            if table is None:
                run.failed[key] = error
            else:
                out[key] = table
            if on_done:
                on_done(key)
    return out


def validate(
    spark: Any,
    rules: list[Rule],
    submission: Submission,
    previous: Submission | None = None,
    reference: dict[str, pa.Table] | None = None,
    la_code: str | None = None,
    on_rule: Callable[[str], None] | None = None,
) -> tuple[Validation, SparkRun]:
    """engine.run.validate on Spark: the same inputs, the same findings table (traced to lines as DuckDB does)."""
    con = connect(submission, previous, reference or {}, la_code)
    geo.add_episodes_geo(con)
    create_rule_tables(con, submission.return_name)
    available = set(_inputs(con))
    _to_spark(spark, con, sorted(available))
    to_spark = Transpiler(calendar_of(con))
    run = SparkRun()
    jobs: dict[str, str] = {}
    ran: list[Rule] = []
    skipped: list[tuple[Rule, str]] = []
    for rule in rules_for(rules, submission.year):
        missing = sorted(rule.reads - available)
        if missing:
            skipped.append((rule, _why_rule(missing)))
            continue
        table_expr = "table_name" if "table_name" in rule.selects else sql_literal(rule.table)
        child_expr = "CAST(child_id AS VARCHAR)" if "child_id" in rule.selects else "CAST(NULL AS VARCHAR)"
        wrapped = (
            f"SELECT DISTINCT {sql_literal(rule.code)} AS rule_code, {sql_literal(rule.severity)} AS severity, "
            f"CAST({table_expr} AS VARCHAR) AS table_name, CAST(row_id AS BIGINT) AS row_id, {child_expr} AS child_id "
            f"FROM ({rule.sql}) AS _rule"
        )
        try:
            jobs[rule.code] = to_spark(wrapped)
        except (Untranspilable, sqlglot.errors.SqlglotError, ValueError) as exc:
            run.untranspilable[rule.code] = str(exc).splitlines()[0]
    found = _run_all(spark, jobs, run, on_rule)
    con.execute("CREATE TABLE _findings (rule_code VARCHAR, severity VARCHAR, table_name VARCHAR, row_id BIGINT, child_id VARCHAR)")
    for rule in rules_for(rules, submission.year):
        rows = found.get(rule.code)
        if rows is None:
            continue
        ran.append(rule)
        if rows.num_rows:
            con.register("_found", rows)
            con.execute("INSERT INTO _findings SELECT rule_code, severity, table_name, row_id, child_id FROM _found")
            con.unregister("_found")
    findings = _trace(con, submission, {r.code: r for r in ran})
    con.close()
    return Validation(findings, ran, skipped, run.seconds), run


def compute(
    spark: Any,
    measures: list[Measure],
    submission: Submission,
    previous: Submission | None = None,
    la_code: str | None = None,
    population_0_17: int | None = None,
    reference: dict[str, pa.Table] | None = None,
) -> tuple[pa.Table, list[tuple[Measure, str]], SparkRun]:
    """engine.measures.compute on Spark: the same rows, the measures skipped and why, and the Spark run."""
    con = connect(submission, previous, reference or {}, la_code)
    geo.add_episodes_geo(con)
    con.execute("ALTER TABLE meta ADD COLUMN population_0_17 BIGINT")
    con.execute("UPDATE meta SET population_0_17 = ?", [population_0_17])
    names = _inputs(con)
    _to_spark(spark, con, names)
    to_spark = Transpiler(calendar_of(con))
    run = SparkRun()
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    available = set(names) | _all_years(spark, tables)
    available |= _views(spark, submission.return_name, to_spark, run)
    parts, skipped, jobs = [], [], {}
    for m in measures:
        missing = sorted(m.reads - available)
        if missing:
            skipped.append((m, _why_measure(missing)))
            continue
        try:
            jobs[m.id] = to_spark(f"SELECT {', '.join(OUTPUT)} FROM ({m.sql}) AS _measure")
        except (Untranspilable, sqlglot.errors.SqlglotError, ValueError) as exc:
            run.untranspilable[m.id] = str(exc).splitlines()[0]
    results = _run_all(spark, jobs, run, None)
    for m in measures:
        if m.id in results:
            for breakdown, category, num, den, value in zip(*(results[m.id].column(c).to_pylist() for c in OUTPUT), strict=True):
                parts.append((m.id, la_code, str(submission.year), breakdown, category, _num(num), _num(den), _num(value)))
    columns: list[list] = [[row[i] for row in parts] for i in range(len(RESULT_SCHEMA))]
    table = pa.table({f.name: pa.array(col, f.type) for f, col in zip(RESULT_SCHEMA, columns, strict=True)})
    return table, skipped, run


def _num(v: object) -> float | None:
    return None if v is None else float(v)  # type: ignore[arg-type]


def _all_years(spark: Any, tables: set[str]) -> set[str]:
    """`<table>_all_years` as engine.measures builds it (UNION ALL BY NAME of this year's and last year's)."""
    from pyspark.sql import functions as F

    made = set()
    for name in all_years_tables(tables):
        df = spark.table(name).withColumn("this_year", F.lit(True))
        if f"{name}_last" in tables:
            last = spark.table(f"{name}_last").withColumn("this_year", F.lit(False))
            df = df.unionByName(last, allowMissingColumns=True)
        df.createOrReplaceTempView(f"{name}_all_years")
        made.add(f"{name}_all_years")
    return made


def _views(spark: Any, return_name: str, to_spark: Transpiler, run: SparkRun) -> set[str]:
    """The return's derived tables (measures/views/<return>.sql), transpiled and cached once for all measures."""
    made = set()
    try:
        queries = view_queries(return_name)
    except ValueError as exc:
        raise Untranspilable(str(exc)) from None
    for name, duckdb_query in queries:
        try:
            query = to_spark(duckdb_query)
        except (Untranspilable, sqlglot.errors.SqlglotError, ValueError) as exc:
            run.untranspilable[f"view:{name}"] = str(exc).splitlines()[0]
            continue
        df = spark.sql(query)
        df.cache()
        df.createOrReplaceTempView(name)
        made.add(name)
    return made

