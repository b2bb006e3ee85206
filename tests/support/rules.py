"""Run one rule of a return on small tables written as text cells, exactly as they would arrive in files."""

from datetime import datetime
from functools import cache

import pyarrow as pa

from carewatch.engine import geo
from carewatch.engine.rules import Rule, load_rules, reference_tables
from carewatch.engine.run import validate
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records
from carewatch.returns.years import CollectionYear


@cache
def all_rules(return_name: str) -> tuple[Rule, ...]:
    return tuple(load_rules(return_name))


def rule(return_name: str, code: str, year: str) -> Rule:
    y = CollectionYear.parse(year)
    matches = [r for r in all_rules(return_name) if r.code == code and r.in_force(y)]
    assert matches, f"no rule {code} in force in {year} ({return_name})"
    return matches[0]


def run_rule(
    return_name: str,
    code: str,
    year: str,
    last: dict[str, list[dict[str, str | None]]] | None,
    reference: dict[str, list[dict[str, str | None]]] | None,
    la_code: str | None,
    with_children: bool,
    tables: dict[str, list[dict[str, str | None]]],
) -> set[tuple]:
    """Findings of one rule as {(table, row_number)} or, with_children, {(table, row_number, child_id)}."""
    schema = load_schema(return_name, year)
    submission = from_records(schema, tables)
    previous = from_records(load_schema(return_name, schema.year.previous), last) if last is not None else None
    ref_tables = {name: _reference_table(reference_tables(return_name)[name], rows) for name, rows in (reference or {}).items()}
    result = validate([rule(return_name, code, year)], submission, previous, ref_tables, la_code=la_code,
                      extra_setup=geo.add_episodes_geo)
    assert not result.skipped, f"rule {code} was skipped: {result.skipped[0][1]}"
    out = set()
    for f in result.findings.to_pylist():
        out.add((f["table"], f["row_id"], f["child_id"]) if with_children else (f["table"], f["row_id"]))
    return out


def _reference_table(columns: dict[str, str], rows: list[dict[str, str | None]]) -> pa.Table:
    types = {"int": pa.int64(), "date": pa.date32()}
    arrays = {}
    for name, kind in columns.items():
        values: list = [r.get(name) for r in rows]
        if kind == "date":
            values = [datetime.strptime(v, "%d/%m/%Y").date() if v else None for v in values]
        elif kind == "int":
            values = [int(v) if v not in (None, "") else None for v in values]
        arrays[name] = pa.array(values, types.get(kind, pa.string()))
    return pa.table(arrays)
