"""The rule registry: one SQL file per DfE rule, each with a header, checked before anything runs.

A rule file looks like

    -- code: 103
    -- severity: error            (error | query)
    -- message: The ethnicity code is either not valid or has not been entered.
    -- table: Header              (the table its findings point at, unless it selects a table_name column)
    -- fields: ETHNIC
    -- years: 2022-23..           (collection years it is in force; either end may be open)
    SELECT row_id, CHILD AS child_id FROM header WHERE ETHNIC IS NULL OR ETHNIC NOT IN (SELECT code FROM codes WHERE list = 'ethnic')

and returns the offending rows: `row_id` (required), `child_id` and `table_name` (optional). When a rule
changes, its new version is a second file `CODE.FROM-YEAR.sql` with its own years. A bad rule (syntax, an
unknown table or column, a header field missing, overlapping years) stops the registry from loading.

Rules may also read the tables of `<return>/rule_tables.sql`, derived once per run for the rules that share
them (e.g. each child's first episode this year); a fault in that file stops the registry too."""

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import yaml

from carewatch.engine.sqlfile import SqlFileError, check_query, parse_sql_file
from carewatch.returns.schema import SCHEMA_DIR, Schema, load_schema, years
from carewatch.returns.years import CollectionYear, in_range

SEVERITIES = {"error", "query"}
REQUIRED = ("code", "severity", "message", "table", "fields", "years")
CHECK_CACHE_VERSION = "1"
SQLGLOT_VERSION = version("sqlglot")  # checks are cached per version; importing sqlglot itself is slow


class RuleError(SqlFileError):
    """A rule file is wrong. The registry refuses to load: a bad rule is a startup error, never a silent skip."""


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    message: str
    table: str
    fields: tuple[str, ...]
    years: str
    sql: str
    path: Path
    reads: frozenset[str]  # SQL tables the rule reads
    selects: frozenset[str]  # output columns
    source: str = ""

    def in_force(self, year: CollectionYear) -> bool:
        return in_range(year, self.years)

    @property
    def needs_previous(self) -> bool:
        return any(t.endswith("_last") for t in self.reads)


def rule_tables_path(return_name: str) -> Path:
    return SCHEMA_DIR.parent / return_name / "rule_tables.sql"


def reference_tables(return_name: str) -> dict[str, dict[str, str]]:
    path = SCHEMA_DIR / return_name / "reference.yaml"
    doc = yaml.safe_load(path.read_text()) if path.exists() else {}
    return {name: spec["columns"] for name, spec in (doc or {}).items()}


_SQL_TYPES = {"date": "DATE", "int": "INT", "bool": "BOOLEAN"}


def sql_schema(schema: Schema, previous: Schema) -> dict[str, dict[str, str]]:
    """Every table a rule may read for this year, with its columns, for SQLGlot to check names against."""
    out: dict[str, dict[str, str]] = {}
    # A table new this year (e.g. DoLo in 2026-27) reads as an empty `_last` table with this year's columns.
    last_tables = {**schema.tables, **previous.tables}
    for suffix, tables in (("", schema.tables), ("_last", last_tables)):
        for table in tables.values():
            cols = {"row_id": "BIGINT", "line": "BIGINT", "xpath": "VARCHAR"}
            for c in table.columns:
                cols[c.name] = _SQL_TYPES.get(c.type, "VARCHAR")
                if c.has_raw:
                    cols[f"{c.name}_raw"] = "VARCHAR"
            out[table.sql + suffix] = cols
        if "episodes" in out:
            out[f"episodes_geo{suffix}"] = {
                "row_id": "BIGINT", "CHILD": "VARCHAR", "PL_LA": "VARCHAR", "PL_LOCATION": "VARCHAR", "PL_DISTANCE": "DOUBLE",
            }
    for name, cols in reference_tables(schema.return_name).items():
        out[name] = {c: _SQL_TYPES.get(t, "VARCHAR") for c, t in cols.items()}
    # la_ons: the council's ONS code on the collection's last day (from local_authorities), for rules on PL_LA.
    out["meta"] = {"la_code": "VARCHAR", "la_ons": "VARCHAR", "year": "VARCHAR", "collection_start": "DATE", "collection_end": "DATE"}
    out["codes"] = {"list": "VARCHAR", "code": "VARCHAR", "label": "VARCHAR"}
    out["codes_last"] = dict(out["codes"])
    out["calendar"] = {"day": "DATE", "working": "BOOLEAN", "working_day_no": "BIGINT"}
    out["local_authorities"] = {"la_code": "VARCHAR", "ons_code": "VARCHAR", "name": "VARCHAR", "valid_from": "DATE", "valid_to": "DATE"}
    return out


def load_rules(return_name: str, folder: Path | None = None, cache_dir: Path | None = None) -> list[Rule]:
    """Load and check every rule of a return. Checks are cached by content hash, so a warm start is quick."""
    folder = folder or SCHEMA_DIR.parent / return_name / "rules"
    paths = sorted(folder.glob("*.sql"))
    all_years = [CollectionYear.parse(y) for y in years(return_name)]
    digest = hashlib.sha256(CHECK_CACHE_VERSION.encode() + SQLGLOT_VERSION.encode())
    for p in [*paths, rule_tables_path(return_name), *sorted((SCHEMA_DIR / return_name).glob("*.yaml"))]:
        if p.exists():
            digest.update(p.name.encode() + p.read_bytes())
    cache_file = (cache_dir / f"rules-{return_name}-{digest.hexdigest()[:16]}.json") if cache_dir else None
    cached: dict[str, list[list[str]]] = {}
    if cache_file and cache_file.exists():
        cached = json.loads(cache_file.read_text())
    schemas: dict[str, dict[str, dict[str, str]]] = {}

    def schema_for(year: CollectionYear) -> dict[str, dict[str, str]]:
        key = str(year)
        if key not in schemas:
            prev = year.previous
            this = load_schema(return_name, year)
            # The earliest year has no earlier schema; its own stands in for last year's when checking names.
            prev_schema = load_schema(return_name, prev) if prev in all_years else this
            schemas[key] = sql_schema(this, prev_schema) | _rule_table_columns(this, prev_schema)
        return schemas[key]

    rules: list[Rule] = []
    for path in paths:
        header, sql = parse_sql_file(path)
        missing = [k for k in REQUIRED if not header.get(k)]
        if missing:
            raise RuleError(f"{path.name}: header lacks {', '.join(missing)}")
        if header["severity"] not in SEVERITIES:
            raise RuleError(f"{path.name}: severity must be error or query, not {header['severity']!r}")
        try:
            in_force = [y for y in all_years if in_range(y, header["years"])]
        except ValueError as exc:
            raise RuleError(f"{path.name}: years: {exc}") from None
        if not in_force:
            raise RuleError(f"{path.name}: years {header['years']} match no collection year with a schema")
        if path.name in cached:
            reads, selects = (set(x) for x in cached[path.name])
        else:
            # Check against the first and last year in force: the schema changes at year boundaries.
            checks = [schema_for(in_force[0])] + ([schema_for(in_force[-1])] if len(in_force) > 1 else [])
            try:
                reads, selects = check_query(path, sql, checks, required_columns=("row_id",))
            except SqlFileError as exc:
                raise RuleError(str(exc)) from None
            cached[path.name] = [sorted(reads), sorted(selects)]
        rules.append(
            Rule(
                code=header["code"], severity=header["severity"], message=header["message"], table=header["table"],
                fields=tuple(f.strip() for f in header["fields"].split(",") if f.strip()), years=header["years"],
                sql=sql, path=path, reads=frozenset(reads), selects=frozenset(selects), source=header.get("source", ""),
            )
        )
    _check_overlaps(rules, all_years)
    if cache_file:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cached))
    return rules


def _rule_table_columns(schema: Schema, previous: Schema) -> dict[str, dict[str, str]]:
    """The shared rule tables' columns and types, found by building them over an empty return and an empty
    last year's return; a table that does not build is a RuleError."""
    import duckdb

    from carewatch.engine.run import connect, create_rule_tables, created_columns
    from carewatch.returns.submission import from_records

    con = connect(from_records(schema, {}), from_records(previous, {}), {}, None, copy=False)
    try:
        out = created_columns(con, lambda: create_rule_tables(con, schema.return_name, strict=True))
    except duckdb.Error as exc:
        raise RuleError(f"{rule_tables_path(schema.return_name).name}: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    return out


def _check_overlaps(rules: list[Rule], all_years: list[CollectionYear]) -> None:
    for year in all_years:
        seen: dict[str, Path] = {}
        for rule in rules:
            if rule.in_force(year):
                if rule.code in seen:
                    raise RuleError(f"{rule.path.name} and {seen[rule.code].name} are both rule {rule.code} in {year}")
                seen[rule.code] = rule.path


def rules_for(rules: list[Rule], year: CollectionYear) -> list[Rule]:
    return [r for r in rules if r.in_force(year)]
