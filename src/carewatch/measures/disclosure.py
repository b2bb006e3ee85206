"""Measures for sharing beyond the analyst: small numbers hidden, as DfE does in its own releases.

A numerator or denominator of 1 to 5 children is shown as `c`, and so is the value computed from it (a
percentage of 3 children would tell who they are in a small council). Zero stays 0: it discloses no one.
Rule of the house (and DfE's statistical disclosure policy): councillors and shared outputs see aggregates
only, counts 1-5 suppressed."""

import pyarrow as pa

SUPPRESSED = "c"
FIGURES = ("numerator", "denominator", "value")


def _small(x: float | None) -> bool:
    return x is not None and 0 < x <= 5


def suppress_small_counts(table: pa.Table, count_units: dict[str, bool]) -> pa.Table:
    """The measures table with numerator, denominator and value as text, small counts shown as `c`.
    `count_units[measure_id]` says whether the measure's value is itself a count of children."""
    rows = table.to_pylist()
    for r in rows:
        hide_value = _small(r["numerator"]) or _small(r["denominator"]) or (count_units.get(r["measure_id"], False) and _small(r["value"]))
        for col in FIGURES:
            v = r[col]
            if (col != "value" and _small(v)) or (col == "value" and hide_value):
                r[col] = SUPPRESSED
            else:
                r[col] = None if v is None else f"{v:g}" if col != "value" else f"{v:.6g}"
    schema = pa.schema([pa.field(f.name, pa.string() if f.name in FIGURES else f.type) for f in table.schema])
    return pa.Table.from_pylist(rows, schema=schema)
