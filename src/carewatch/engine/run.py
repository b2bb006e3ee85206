"""Run a year's rules over a submission in DuckDB and gather the findings, each traced to a table, row and child."""

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from carewatch.engine.rules import Rule, rule_tables_path, rules_for
from carewatch.engine.sqlfile import statements
from carewatch.returns.submission import Submission
from carewatch.returns.typed import empty

MACROS = Path(__file__).with_name("macros.sql")
WORKERS = min(4, os.cpu_count() or 1)  # rules are independent queries: run them side by side
SMALL_RETURN_ROWS = 200_000  # below this (a 10,000-child 903 has ~70,000 rows a year) each rule gets one thread

FINDINGS_SCHEMA = pa.schema(
    [
        ("rule_code", pa.string()),
        ("severity", pa.string()),
        ("table", pa.string()),
        ("row_id", pa.int64()),
        ("row", pa.string()),  # where a person finds it: the file's line, or the XML element's XPath
        ("child_id", pa.string()),
        ("fields", pa.string()),
        ("message", pa.string()),
    ]
)


@dataclass
class Validation:
    findings: pa.Table
    ran: list[Rule]
    skipped: list[tuple[Rule, str]]  # rule and why it did not run
    seconds: dict[str, float] = field(default_factory=dict)  # per rule

    def errors(self) -> int:
        return sum(1 for s in self.findings.column("severity").to_pylist() if s == "error")


def connect(
    submission: Submission,
    previous: Submission | None,
    reference: dict[str, pa.Table],
    la_code: str | None,
    copy: bool = True,
    threads: int | None = None,
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection holding the tables a rule may read: this year's, last year's (`_last`), code lists,
    reference lists and `meta` (la_code, year, collection_start, collection_end).

    With `copy` the Arrow tables are copied into DuckDB, so that cursors (other connections to the same
    database, as the rules' worker threads use) see them; without it they are registered as views on this
    connection only, which costs almost nothing and suits a few queries on one connection (the measures).
    `threads` caps DuckDB's threads per query from the start, copies included."""
    con = duckdb.connect(config={"threads": threads} if threads else {})

    def load(name: str, table: pa.Table) -> None:
        if copy:
            con.register(f"_arrow_{name}", table)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _arrow_{name}")
            con.unregister(f"_arrow_{name}")
        else:
            con.register(name, table)

    load("calendar", _calendar())
    con.execute(MACROS.read_text())
    for suffix, sub in (("", submission), ("_last", previous)):
        if sub is None:
            continue
        tables = dict(sub.tables)
        if suffix:  # a table new this year was not collected last year: it reads as empty
            tables.update({t.sql: empty(t) for t in submission.schema.tables.values() if t.sql not in tables})
        for name, table in tables.items():
            load(f"{name}{suffix}", table)
        load(f"codes{suffix}", codes_table(sub))
    for name, table in reference.items():
        load(name, table)
    load("local_authorities", _local_authorities())
    con.execute(
        "CREATE TABLE meta AS SELECT ?::VARCHAR AS la_code, "
        "(SELECT ons_code FROM local_authorities WHERE la_code = ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC NULLS LAST LIMIT 1) AS la_ons, "
        "?::VARCHAR AS year, ?::DATE AS collection_start, ?::DATE AS collection_end",
        [la_code, la_code, submission.year.end, str(submission.year), submission.year.start, submission.year.end],
    )
    return con


def codes_table(submission: Submission) -> pa.Table:
    """The return's code lists for its year as one table: list, code, label."""
    codes = submission.schema.codes
    return pa.table({
        "list": [lst for lst, c in codes.items() for _ in c],
        "code": [c for cs in codes.values() for c in cs],
        "label": [lbl for cs in codes.values() for lbl in cs.values()],
    })


def create_rule_tables(con: duckdb.DuckDBPyConnection, return_name: str, strict: bool = False) -> None:
    """Build the tables the return's rules share (<return>/rule_tables.sql), once, before the rules run. One that
    reads an input not given (last year's return) is left out, and the rules reading it are skipped for want of
    that input. The registry builds them `strict`ly over an empty return at load, so nothing else fails here."""
    for statement in statements(rule_tables_path(return_name)):
        try:
            con.execute(statement)
        except duckdb.CatalogException:
            if strict:
                raise


def relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The names a query on this connection can read: tables, views and registered Arrow tables."""
    rows = con.execute("SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views() WHERE NOT internal")
    return {r[0] for r in rows.fetchall()}


def created_columns(con: duckdb.DuckDBPyConnection, create: Callable[[], None]) -> dict[str, dict[str, str]]:
    """The columns and types of each table or view that `create` adds to the connection."""
    before = relations(con)
    create()
    return {t: {name: str(kind) for name, kind, *_ in con.execute(f"DESCRIBE {t}").fetchall()} for t in relations(con) - before}


@cache
def _local_authorities() -> pa.Table:
    """Every DfE council code past and present, with its ONS code and dates (carewatch.reference)."""
    from carewatch.reference import records

    las = records()
    return pa.table({
        "la_code": [r.la_code for r in las], "ons_code": [r.ons_code for r in las], "name": [r.name for r in las],
        "valid_from": pa.array([r.valid_from for r in las], pa.date32()), "valid_to": pa.array([r.valid_to for r in las], pa.date32()),
    })


@cache
def _calendar() -> pa.Table:
    """Every day 2000-2035 with whether it is a working day in England (Monday to Friday, not a bank holiday)
    and its running working-day number, for the working-day macros. Built once per process."""
    import datetime as dt

    import pyarrow.compute as pc

    from carewatch.reference.working_days import bank_holidays

    first, last = dt.date(2000, 1, 1).toordinal(), dt.date(2036, 1, 1).toordinal()
    epoch = dt.date(1970, 1, 1).toordinal()
    days = pa.array(range(first - epoch, last - epoch), pa.int32()).cast(pa.date32())
    holidays = pa.array(sorted(bank_holidays()), pa.date32())
    working = pc.and_(pc.less(pc.day_of_week(days), 5), pc.invert(pc.is_in(days, value_set=holidays)))  # Monday is 0
    return pa.table({
        "day": days,
        "working": working,
        "working_day_no": pc.cumulative_sum(working.cast(pa.int64())),
    })


def validate(
    rules: list[Rule],
    submission: Submission,
    previous: Submission | None = None,
    reference: dict[str, pa.Table] | None = None,
    la_code: str | None = None,
    on_rule: Callable[[Rule], None] | None = None,
    extra_setup: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> Validation:
    reference = reference or {}
    # Small queries side by side: one thread each costs less than splitting each one.
    small = submission.rows() + (previous.rows() if previous else 0) < SMALL_RETURN_ROWS
    con = connect(submission, previous, reference, la_code, threads=1 if small else None)
    if extra_setup:
        extra_setup(con)
    create_rule_tables(con, submission.return_name)
    available = relations(con)
    con.execute(
        "CREATE TABLE _findings (rule_code VARCHAR, severity VARCHAR, table_name VARCHAR, row_id BIGINT, child_id VARCHAR)"
    )
    ran: list[Rule] = []
    skipped: list[tuple[Rule, str]] = []
    seconds: dict[str, float] = {}
    runnable = []
    for rule in rules_for(rules, submission.year):
        missing = sorted(rule.reads - available)
        if missing:
            skipped.append((rule, _why(missing)))
            if on_rule:
                on_rule(rule)
        else:
            runnable.append(rule)
    local = threading.local()

    def run_one(rule: Rule) -> tuple[Rule, float]:
        # Each worker thread queries through its own cursor; DuckDB runs them side by side and appends to
        # _findings concurrently. The rule's own words are literals: a prepared statement with parameters and a
        # result fetched into Python each cost more than most rules' own work on a council's return.
        if not hasattr(local, "cursor"):
            local.cursor = con.cursor()
        started = time.perf_counter()
        table_expr = "table_name" if "table_name" in rule.selects else sql_literal(rule.table)
        child_expr = "CAST(child_id AS VARCHAR)" if "child_id" in rule.selects else "NULL"
        local.cursor.execute(
            f"INSERT INTO _findings SELECT DISTINCT {sql_literal(rule.code)}, {sql_literal(rule.severity)}, {table_expr}, "
            f"row_id, {child_expr} FROM ({rule.sql})"
        )
        return rule, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for rule, secs in pool.map(run_one, runnable):
            seconds[rule.code] = secs
            ran.append(rule)
            if on_rule:
                on_rule(rule)
    findings = _trace(con, submission, {r.code: r for r in ran})
    con.close()
    return Validation(findings, ran, skipped, seconds)


def sql_literal(text: str) -> str:
    """A SQL string literal of the text."""
    return "'" + text.replace("'", "''") + "'"


def _why(missing: list[str]) -> str:
    if any(m.endswith("_last") for m in missing):
        return "needs last year's return (--previous)"
    if any(m.startswith("episodes_geo") or m == "postcodes" for m in missing):
        return "needs the postcode centroids list (--postcodes)"
    return f"needs the reference list(s) {', '.join(missing)}"


def _trace(con: duckdb.DuckDBPyConnection, submission: Submission, rules: dict[str, Rule]) -> pa.Table:
    """Attach each finding's source line and, where the rule did not say, its child, from the table it points at."""
    tables = {}
    for t in submission.schema.tables.values():
        child = next((c.name for c in t.columns if c.type == "id"), None)
        tables[t.name] = (t.sql, child)
        tables[f"{t.name}_last"] = (f"{t.sql}_last", child)
    parts = []
    for name, (sql, child) in tables.items():
        exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [sql]).fetchone()
        if exists and exists[0]:
            child_expr = f"COALESCE(f.child_id, CAST(t.{child} AS VARCHAR))" if child else "f.child_id"
            parts.append(
                f"SELECT f.rule_code, f.severity, f.table_name, f.row_id, COALESCE(t.xpath, CAST(t.line AS VARCHAR)), {child_expr} "
                f"FROM _findings f LEFT JOIN {sql} t ON t.row_id = f.row_id WHERE f.table_name = '{name}'"
            )
    known = ", ".join(f"'{n}'" for n in tables)
    parts.append(
        f"SELECT rule_code, severity, table_name, row_id, NULL, child_id FROM _findings WHERE table_name NOT IN ({known})"
    )
    rows = con.execute(" UNION ALL ".join(parts) + " ORDER BY 1, 3, 4").fetchall()
    data: dict[str, list] = {f.name: [] for f in FINDINGS_SCHEMA}
    for code, severity, table, row_id, row, child in rows:
        rule = rules[code]
        for key, value in zip(
            FINDINGS_SCHEMA.names,
            (code, severity, table, row_id, row, child, ",".join(rule.fields), rule.message),
            strict=True,
        ):
            data[key].append(value)
    return pa.table(data, schema=FINDINGS_SCHEMA)
