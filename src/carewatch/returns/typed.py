"""Turning text cells into typed columns, once, at the edge.

Every table keeps `row_id` (1.. in file order) and `line` (where the row starts in its file). A date or
integer that does not parse stays visible as text in NAME_raw and is NULL in NAME, so a rule can report it;
reading never fails on a bad value."""

import duckdb
import pyarrow as pa

from carewatch.returns.schema import Column, Table

_DATE = r"\d{1,2}/\d{1,2}/\d{4}"


def _select(col: Column) -> str:
    v = f"NULLIF(TRIM(\"{col.name}\"), '')"
    name = f'"{col.name}"'
    match col.type:
        case "date":
            typed = f"CASE WHEN regexp_full_match({v}, '{_DATE}') THEN CAST(try_strptime({v}, '%d/%m/%Y') AS DATE) END"
            return f"{typed} AS {name}, {v} AS \"{col.name}_raw\""
        case "int":
            return f"TRY_CAST({v} AS INTEGER) AS {name}, {v} AS \"{col.name}_raw\""
        case "code" | "postcode":
            return f"UPPER({v}) AS {name}"
        case _:
            return f"{v} AS {name}"


def arrow_schema(table: Table) -> pa.Schema:
    fields = [pa.field("row_id", pa.int64()), pa.field("line", pa.int64())]
    for col in table.columns:
        kind = {"date": pa.date32(), "int": pa.int32()}.get(col.type, pa.string())
        fields.append(pa.field(col.name, kind))
        if col.has_raw:
            fields.append(pa.field(f"{col.name}_raw", pa.string()))
    return pa.schema(fields)


def type_columns(con: duckdb.DuckDBPyConnection, table: Table, text: pa.Table) -> pa.Table:
    """`text` holds row_id, line and one string column per schema column (missing columns are all NULL)."""
    view = f"_text_{table.sql}"
    con.register(view, text)
    try:
        cols = ", ".join(_select(c) for c in table.columns)
        typed = con.sql(f"SELECT row_id, line, {cols} FROM {view} ORDER BY row_id").to_arrow_table()
    finally:
        con.unregister(view)
    return typed.cast(arrow_schema(table))


def empty(table: Table) -> pa.Table:
    return arrow_schema(table).empty_table()
