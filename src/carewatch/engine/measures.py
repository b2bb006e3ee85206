"""The measure registry and runner: one SQL file per measure, checked like rules, run on DuckDB.

A measure file's header gives `id`, `title`, `definition`, `source` (the published definition it follows),
`numerator`, `denominator`, `unit` (count | percent | rate_per_10000 | days), `polarity` (higher_is_better |
lower_is_better | neutral), `breakdowns` (comma-separated, `total` first) and `return`; its query returns
`breakdown, category, numerator, denominator, value`, one row per breakdown category (`total`/`all` for the
whole council). It reads the same tables as the rules, plus `meta.population_0_17`."""

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from carewatch.engine.rules import sql_schema
from carewatch.engine.run import connect
from carewatch.engine.sqlfile import SqlFileError, check_query, parse_sql_file
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import Submission

MEASURES_DIR = Path(__file__).parents[1] / "measures"
REQUIRED = ("id", "title", "definition", "source", "numerator", "denominator", "unit", "polarity", "breakdowns", "return")
UNITS = {"count", "percent", "rate_per_10000", "days"}
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


def load_measures(return_name: str, folder: Path | None = None) -> list[Measure]:
    folder = folder or MEASURES_DIR / return_name
    check_year = "2025-26"
    schema = sql_schema(load_schema(return_name, check_year), load_schema(return_name, "2024-25"))
    schema["meta"] = {**schema["meta"], "population_0_17": "BIGINT"}
    measures = []
    for path in sorted(folder.glob("*.sql")):
        header, sql = parse_sql_file(path)
        missing = [k for k in REQUIRED if not header.get(k)]
        if missing:
            raise MeasureError(f"{path.name}: header lacks {', '.join(missing)}")
        if header["unit"] not in UNITS or header["polarity"] not in POLARITIES:
            raise MeasureError(f"{path.name}: unit must be one of {sorted(UNITS)} and polarity one of {sorted(POLARITIES)}")
        if header["id"] != path.stem:
            raise MeasureError(f"{path.name}: the id {header['id']!r} must be the file name")
        try:
            reads, _ = check_query(path, sql, [schema], required_columns=OUTPUT)
        except SqlFileError as exc:
            raise MeasureError(str(exc)) from None
        measures.append(
            Measure(
                id=header["id"], title=header["title"], definition=header["definition"], source=header["source"],
                numerator=header["numerator"], denominator=header["denominator"], unit=header["unit"],
                polarity=header["polarity"], breakdowns=tuple(b.strip() for b in header["breakdowns"].split(",")),
                return_name=header["return"], sql=sql, path=path, reads=frozenset(reads),
            )
        )
    return measures


def compute(
    measures: list[Measure],
    submission: Submission,
    previous: Submission | None = None,
    la_code: str | None = None,
    population_0_17: int | None = None,
) -> tuple[pa.Table, list[tuple[Measure, str]]]:
    """Every measure's rows for one council and year, and the measures that could not be computed and why."""
    con = connect(submission, previous, {}, la_code)
    con.execute("ALTER TABLE meta ADD COLUMN population_0_17 BIGINT")
    con.execute("UPDATE meta SET population_0_17 = ?", [population_0_17])
    available = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    parts, skipped = [], []
    for m in measures:
        missing = sorted(m.reads - available)
        if missing:
            skipped.append((m, "needs last year's return" if any(t.endswith("_last") for t in missing) else f"needs {', '.join(missing)}"))
            continue
        rows = con.execute(f"SELECT {', '.join(OUTPUT)} FROM ({m.sql})").fetchall()
        for breakdown, category, num, den, value in rows:
            parts.append((m.id, la_code, str(submission.year), breakdown, category, num, den, value))
    con.close()
    columns: list[list] = [[row[i] for row in parts] for i in range(len(RESULT_SCHEMA))]
    table = pa.table({f.name: pa.array(col, f.type) for f, col in zip(RESULT_SCHEMA, columns, strict=True)})
    return table, skipped
