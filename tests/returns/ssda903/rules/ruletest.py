"""Run one 903 rule on small tables written as text cells, exactly as they would arrive in CSV files.

    found = run_rule("103", header=[{"CHILD": "1", "ETHNIC": "WBRI"}, {"CHILD": "2", "ETHNIC": "XXXX"}])
    assert found == {("Header", 2)}        # (table, row number in the fixture, counting from 1)

Previous year's tables: pass `last={"episodes": [...]}`. Reference lists: `reference={"postcodes": [...]}`.
Tables are named by their SQL names (header, episodes, reviews, uasc, oc2, oc3, ad1, placed_adoption,
prev_perm, missing, sw_episodes, dolo)."""

from functools import cache

import pyarrow as pa

from carewatch.engine.rules import Rule, load_rules, reference_tables
from carewatch.engine.run import validate
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records
from carewatch.returns.years import CollectionYear


@cache
def all_rules() -> tuple[Rule, ...]:
    return tuple(load_rules("ssda903"))


def rule(code: str, year: str) -> Rule:
    y = CollectionYear.parse(year)
    matches = [r for r in all_rules() if r.code == code and r.in_force(y)]
    assert matches, f"no rule {code} in force in {year}"
    return matches[0]


def run_rule(
    code: str,
    year: str = "2025-26",
    last: dict[str, list[dict[str, str | None]]] | None = None,
    reference: dict[str, list[dict[str, str | None]]] | None = None,
    la_code: str | None = "839",
    with_children: bool = False,
    **tables: list[dict[str, str | None]],
) -> set[tuple]:
    """Findings of one rule as {(table, row_number)} or, with_children, {(table, row_number, child_id)}."""
    schema = load_schema("ssda903", year)
    submission = from_records(schema, tables)
    previous = from_records(load_schema("ssda903", schema.year.previous), last) if last is not None else None
    ref_tables = {}
    for name, rows in (reference or {}).items():
        columns = reference_tables("ssda903")[name]
        ref_tables[name] = _reference_table(columns, rows)
    result = validate([rule(code, year)], submission, previous, ref_tables, la_code=la_code)
    assert not result.skipped, f"rule {code} was skipped: {result.skipped[0][1]}"
    out = set()
    for f in result.findings.to_pylist():
        out.add((f["table"], f["row_id"], f["child_id"]) if with_children else (f["table"], f["row_id"]))
    return out


def _reference_table(columns: dict[str, str], rows: list[dict[str, str | None]]) -> pa.Table:
    types = {"int": pa.int64(), "date": pa.date32()}
    arrays = {}
    for name, kind in columns.items():
        values = [r.get(name) for r in rows]
        if kind == "date":
            from datetime import datetime

            values = [datetime.strptime(v, "%d/%m/%Y").date() if v else None for v in values]
        elif kind == "int":
            values = [int(v) if v not in (None, "") else None for v in values]
        arrays[name] = pa.array(values, types.get(kind, pa.string()))
    return pa.table(arrays)
