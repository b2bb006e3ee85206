"""Turning text cells into typed columns, once, at the edge.

Every table keeps `row_id` (1.. in file order), `line` (where the row starts in its file) and, for XML
returns, `xpath` (the element the row came from). A date or
integer that does not parse stays visible as text in NAME_raw and is NULL in NAME, so a rule can report it;
reading never fails on a bad value."""

import duckdb
import pyarrow as pa

from carewatch.returns.schema import DATE_FORMATS, Column, Table

# A date must match its pattern in full first: try_strptime alone would read "01/02/10" as the year 10.
_DATE_PATTERNS = {"dmy": r"\d{1,2}/\d{1,2}/\d{4}", "iso": r"\d{4}-\d{2}-\d{2}"}


def _select(col: Column, date_format: str) -> str:
    v = f"NULLIF(TRIM(\"{col.name}\"), '')"
    name = f'"{col.name}"'
    match col.type:
        case "date":
            pattern, fmt = _DATE_PATTERNS[date_format], DATE_FORMATS[date_format]
            typed = f"CASE WHEN regexp_full_match({v}, '{pattern}') THEN CAST(try_strptime({v}, '{fmt}') AS DATE) END"
            return f"{typed} AS {name}, {v} AS \"{col.name}_raw\""
        case "int":
            return f"TRY_CAST({v} AS INTEGER) AS {name}, {v} AS \"{col.name}_raw\""
        case "bool":
            typed = f"CASE lower({v}) WHEN 'true' THEN true WHEN '1' THEN true WHEN 'false' THEN false WHEN '0' THEN false END"
            return f"{typed} AS {name}, {v} AS \"{col.name}_raw\""
        case "code" | "postcode":
            return f"UPPER({v}) AS {name}"
        case _:
            return f"{v} AS {name}"


def arrow_schema(table: Table) -> pa.Schema:
    fields = [pa.field("row_id", pa.int64()), pa.field("line", pa.int64()), pa.field("xpath", pa.string())]
    for col in table.columns:
        kind = {"date": pa.date32(), "int": pa.int32(), "bool": pa.bool_()}.get(col.type, pa.string())
        fields.append(pa.field(col.name, kind))
        if col.has_raw:
            fields.append(pa.field(f"{col.name}_raw", pa.string()))
    return pa.schema(fields)


def type_columns(con: duckdb.DuckDBPyConnection, table: Table, text: pa.Table, date_format: str = "dmy") -> pa.Table:
    """`text` holds row_id, line and one string column per schema column (missing columns are all NULL)."""
    view = f"_text_{table.sql}"
    con.register(view, text)
    try:
        cols = ", ".join(_select(c, date_format) for c in table.columns)
        xpath = "xpath" if "xpath" in text.column_names else "NULL::VARCHAR AS xpath"
        typed = con.sql(f"SELECT row_id, line, {xpath}, {cols} FROM {view} ORDER BY row_id").to_arrow_table()
    finally:
        con.unregister(view)
    return typed.cast(arrow_schema(table))


def empty(table: Table) -> pa.Table:
    return arrow_schema(table).empty_table()
