"""The measure registry and runner: one SQL file per measure, checked like rules, run on DuckDB.

A measure file's header gives `id`, `title`, `definition`, `source` (the published definition it follows),
`numerator`, `denominator`, `unit` (count | percent | rate_per_10000 | days), `polarity` (higher_is_better |
lower_is_better | neutral), `breakdowns` (comma-separated, `total` first) and `return`; its query returns
`breakdown, category, numerator, denominator, value`, one row per breakdown category (`total`/`all` for the
whole council). It reads the same tables as the rules, plus `meta.population_0_17` and the derived views of
`measures/views/<return>.sql` (e.g. periods of care and carer spells for the 903), defined once for all, and
`<table>_all_years` (this year's rows and last year's, when given, with `this_year`)."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from carewatch.engine.rules import SQLGLOT_VERSION, sql_schema
from carewatch.engine.run import connect, created_columns, relations
from carewatch.engine.sqlfile import SqlFileError, check_query, parse_sql_file, statements
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import Submission

MEASURES_DIR = Path(__file__).parents[1] / "measures"
VIEWS_DIR = MEASURES_DIR / "views"
REQUIRED = ("id", "title", "definition", "source", "numerator", "denominator", "unit", "polarity", "breakdowns", "return")
UNITS = {"count", "percent", "rate_per_10000", "days", "score"}
POLARITIES = {"higher_is_better", "lower_is_better", "neutral"}
OUTPUT = ("breakdown", "category", "numerator", "denominator", "value")

RESULT_SCHEMA = pa.schema(
    [
        ("measure_id", pa.string()),
        ("la_code", pa.string()),
        ("period", pa.string()),
        ("breakdown", pa.string()),
        ("category", pa.string()),
        ("numerator", pa.float64()),
        ("denominator", pa.float64()),
        ("value", pa.float64()),
    ]
)


class MeasureError(SqlFileError):
    """A measure file is wrong; loading stops."""


@dataclass(frozen=True)
class Measure:
    id: str
    title: str
    definition: str
    source: str
    numerator: str
    denominator: str
    unit: str
    polarity: str
    breakdowns: tuple[str, ...]
    return_name: str
    sql: str
    path: Path
    reads: frozenset[str]


def load_measures(return_name: str, folder: Path | None = None, cache_dir: Path | None = None) -> list[Measure]:
    """Load and check every measure of a return. With `cache_dir`, the SQLGlot checks are cached by the
    content of the measure, view and schema files, so a warm start is quick."""
    folder = folder or MEASURES_DIR / return_name
    check_year = "2025-26"
    paths = sorted(folder.glob("*.sql"))
    digest = hashlib.sha256(SQLGLOT_VERSION.encode())
    for p in [*paths, VIEWS_DIR / f"{return_name}.sql", *sorted((MEASURES_DIR.parent / "returns" / "schema" / return_name).glob("*.yaml"))]:
        if p.exists():
            digest.update(p.name.encode() + p.read_bytes())
    cache_file = (cache_dir / f"measures-{return_name}-{digest.hexdigest()[:16]}.json") if cache_dir else None
    cached: dict[str, list[str]] = json.loads(cache_file.read_text()) if cache_file and cache_file.exists() else {}
    schema: dict[str, dict[str, str]] = {}
    if len(cached) < len(paths):
        schema = sql_schema(load_schema(return_name, check_year), load_schema(return_name, "2024-25"))
        schema["meta"] = {**schema["meta"], "population_0_17": "BIGINT"}
        schema.update(_view_columns(return_name, check_year))
    measures = []
    for path in paths:
        header, sql = parse_sql_file(path)
        missing = [k for k in REQUIRED if not header.get(k)]
        if missing:
            raise MeasureError(f"{path.name}: header lacks {', '.join(missing)}")
        if header["unit"] not in UNITS or header["polarity"] not in POLARITIES:
            raise MeasureError(f"{path.name}: unit must be one of {sorted(UNITS)} and polarity one of {sorted(POLARITIES)}")
        if header["id"] != path.stem:
            raise MeasureError(f"{path.name}: the id {header['id']!r} must be the file name")
        if path.name in cached:
            reads = set(cached[path.name])
        else:
            try:
                reads, _ = check_query(path, sql, [schema], required_columns=OUTPUT)
            except SqlFileError as exc:
                raise MeasureError(str(exc)) from None
            cached[path.name] = sorted(reads)
        measures.append(
            Measure(
                id=header["id"], title=header["title"], definition=header["definition"], source=header["source"],
                numerator=header["numerator"], denominator=header["denominator"], unit=header["unit"],
                polarity=header["polarity"], breakdowns=tuple(b.strip() for b in header["breakdowns"].split(",")),
                return_name=header["return"], sql=sql, path=path, reads=frozenset(reads),
            )
        )
    if cache_file:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cached))
    return measures


# Tables that are not a return's rows, so have no `<table>_all_years` twin.
NO_ALL_YEARS = frozenset({"meta", "codes", "calendar", "local_authorities", "postcodes"})


def all_years_tables(tables: set[str]) -> list[str]:
    """The tables that get a `<table>_all_years` twin (this year's rows and last year's, with `this_year`)."""
    return sorted(t for t in tables if not t.endswith("_last") and not t.startswith("_") and t not in NO_ALL_YEARS)


def view_statements(return_name: str) -> list[str]:
    """The statements of the return's derived views file (measures/views/<return>.sql), comments left out."""
    return statements(VIEWS_DIR / f"{return_name}.sql")


def view_queries(return_name: str) -> list[tuple[str, str]]:
    """The derived views as (name, DuckDB SELECT), for engines that build them their own way; ValueError for a
    statement that is not CREATE TABLE/VIEW ... AS SELECT."""
    import sqlglot
    from sqlglot import exp

    out = []
    for statement in view_statements(return_name):
        create = sqlglot.parse_one(statement, read="duckdb")
        if not isinstance(create, exp.Create) or not isinstance(create.expression, exp.Query):
            raise ValueError(f"{return_name}.sql: only CREATE TABLE/VIEW ... AS SELECT statements are supported")
        target = create.this
        name = target.name if isinstance(target, exp.Table) else target.this.name
        out.append((name, create.expression.sql(dialect="duckdb")))
    return out


def create_all_years(con) -> None:
    """`<table>_all_years` for every table: this year's rows, then last year's when given, with `this_year`."""
    tables = relations(con)
    for name in all_years_tables(tables):
        last = f" UNION ALL BY NAME SELECT *, FALSE AS this_year FROM {name}_last" if f"{name}_last" in tables else ""
        con.execute(f"CREATE OR REPLACE VIEW {name}_all_years AS SELECT *, TRUE AS this_year FROM {name}{last}")


def _create_views(con, return_name: str) -> None:
    """`<table>_all_years` (so a measure that needs history uses what the given years allow), then the return's
    own derived views."""
    create_all_years(con)
    for statement in view_statements(return_name):
        con.execute(statement)


def _view_columns(return_name: str, year: str) -> dict[str, dict[str, str]]:
    """The derived tables' and views' columns and types, found by creating them over an empty return."""
    from carewatch.returns.submission import from_records

    con = connect(from_records(load_schema(return_name, year), {}), None, {}, None, copy=False)
    out = created_columns(con, lambda: _create_views(con, return_name))
    con.close()
    return out


def compute(
    measures: list[Measure],
    submission: Submission,
    previous: Submission | None = None,
    la_code: str | None = None,
    population_0_17: int | None = None,
    reference: dict[str, pa.Table] | None = None,
    threads: int | None = None,
) -> tuple[pa.Table, list[tuple[Measure, str]]]:
    """Every measure's rows for one council and year, and the measures that could not be computed and why.
    `reference` may hold the postcode centroids (`postcodes`), from which `episodes_geo` is derived.
    `threads` caps DuckDB's threads: 1 when several returns are computed side by side, which saves the cost
    of splitting small queries."""
    from carewatch.engine import geo

    con = connect(submission, previous, reference or {}, la_code, copy=False, threads=threads)
    geo.add_episodes_geo(con)
    _create_views(con, submission.return_name)
    con.execute("ALTER TABLE meta ADD COLUMN population_0_17 BIGINT")
    con.execute("UPDATE meta SET population_0_17 = ?", [population_0_17])
    available = relations(con)
    parts, skipped = [], []
    for m in measures:
        missing = sorted(m.reads - available)
        if missing:
            skipped.append((m, _why(missing)))
            continue
        rows = con.execute(f"SELECT {', '.join(OUTPUT)} FROM ({m.sql})").fetchall()
        for breakdown, category, num, den, value in rows:
            parts.append((m.id, la_code, str(submission.year), breakdown, category, num, den, value))
    con.close()
    columns: list[list] = [[row[i] for row in parts] for i in range(len(RESULT_SCHEMA))]
    table = pa.table({f.name: pa.array(col, f.type) for f, col in zip(RESULT_SCHEMA, columns, strict=True)})
    return table, skipped


def _why(missing: list[str]) -> str:
    if any(t.endswith("_last") for t in missing):
        return "needs last year's return (--previous)"
    if any(t.startswith("episodes_geo") for t in missing):
        return "needs the postcode centroids list (--postcodes)"
    return f"needs {', '.join(missing)}"
