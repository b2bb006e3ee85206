"""Compute measures on small tables written as text cells, as they would arrive in the return's files.

    values = measure("cla_31mar", episodes=[...], header=[...])
    assert values[("total", "all")] == (2, None, 2)     # (numerator, denominator, value)
"""

from functools import cache

import pyarrow as pa

from carewatch.engine.measures import Measure, compute, load_measures
from carewatch.returns.schema import load_schema
from carewatch.returns.submission import from_records


@cache
def all_measures(return_name: str = "ssda903") -> tuple[Measure, ...]:
    return tuple(load_measures(return_name))


def measure(
    measure_id: str,
    year: str = "2025-26",
    population: int | None = None,
    last: dict[str, list[dict[str, str | None]]] | None = None,
    postcodes: list[dict[str, object]] | None = None,
    return_name: str = "ssda903",
    **tables: list[dict[str, str | None]],
) -> dict[tuple[str, str], tuple]:
    schema = load_schema(return_name, year)
    submission = from_records(schema, tables)
    previous = from_records(load_schema(return_name, schema.year.previous), last) if last is not None else None
    chosen = [m for m in all_measures(return_name) if m.id == measure_id]
    assert chosen, f"no measure {measure_id}"
    reference = {"postcodes": pa.Table.from_pylist(postcodes)} if postcodes is not None else None
    table, skipped = compute(chosen, submission, previous, la_code="839", population_0_17=population, reference=reference)
    assert not skipped, skipped
    return {(r["breakdown"], r["category"]): (r["numerator"], r["denominator"], r["value"]) for r in table.to_pylist()}
