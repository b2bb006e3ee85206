"""Turning text cells into typed columns, once, at the edge.

Every table keeps `row_id` (1.. in file order), `line` (where the row starts in its file) and, for XML
returns, `xpath` (the element the row came from). A date or
integer that does not parse stays visible as text in NAME_raw and is NULL in NAME, so a rule can report it;
reading never fails on a bad value.

The meaning of each type is the DuckDB expression in `_select`. Running it costs a query per table, so the
cells whose result is plain (ASCII text, d/m/yyyy dates that exist, unsigned integers) are typed with Arrow
kernels instead, and only the rest (non-ASCII text, impossible dates, odd integers: rare, and usually the
errors the rules are there to find) go through `_select` itself. tests/returns/test_typed.py checks the two
agree."""

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from carewatch.returns.schema import DATE_FORMATS, Column, Table

# A date must match its pattern in full first: try_strptime alone would read "01/02/10" as the year 10.
_DATE_PATTERNS = {"dmy": r"\d{1,2}/\d{1,2}/\d{4}", "iso": r"\d{4}-\d{2}-\d{2}"}
# The same patterns with the parts named, for the Arrow path (RE2 in both; ^ and $ are the ends of the text).
_DATE_PARTS = {
    "dmy": r"^(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})$",
    "iso": r"^(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})$",
}
_PLAIN_INT = r"^[0-9]{1,9}$"  # fits INTEGER whatever its digits; signs, decimals, exponents and hex go to DuckDB
_DAYS_IN_MONTH = pa.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], pa.int64())
_TRUE, _FALSE = pa.array(["true", "1"]), pa.array(["false", "0"])


def _int(n: int) -> pa.Scalar:
    return pa.scalar(n, pa.int64())


# Arrow scalars made once: a Python value given to a kernel is converted on every call, which costs more than
# the kernel on a table of a few thousand rows.
_EMPTY, _ZERO_TEXT = pa.scalar("", pa.string()), pa.scalar("0", pa.string())
_NO_TEXT, _NO_BOOL, _NO_DAY = pa.scalar(None, pa.string()), pa.scalar(None, pa.bool_()), pa.scalar(None, pa.int64())
_YES, _NO = pa.scalar(True), pa.scalar(False)
_N = {n: _int(n) for n in (0, 1, 2, 3, 4, 5, 9, 12, 100, 153, 365, 400, 146097, 719468)}


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


def type_columns(con: duckdb.DuckDBPyConnection | None, table: Table, text: pa.Table, date_format: str = "dmy") -> pa.Table:
    """`text` holds row_id, line and one string column per schema column (missing columns are all NULL).
    `con` is used for the cells Arrow leaves to DuckDB; None opens a connection only if there are any."""
    schema = arrow_schema(table)
    if text.num_rows == 0:
        return schema.empty_table()
    text = _in_row_order(text)
    columns: dict[str, pa.Array] = {"row_id": _whole(text.column("row_id")), "line": _whole(text.column("line"))}
    columns["xpath"] = _whole(text.column("xpath")) if "xpath" in text.column_names else pa.nulls(text.num_rows, pa.string())
    odd = pc.is_null(columns["row_id"])  # all false: no row is odd until a cell is
    for col in table.columns:
        values = _whole(text.column(col.name)) if col.name in text.column_names else pa.nulls(text.num_rows, pa.string())
        typed, raw, col_odd = _fast(col, values.cast(pa.string()), date_format)
        columns[col.name] = typed
        if col.has_raw:
            columns[f"{col.name}_raw"] = raw
        odd = pc.or_(odd, col_odd)
    out = pa.table([columns[f.name].cast(f.type) for f in schema], schema=schema)
    if pc.any(odd).as_py():
        out = _replace_rows(out, odd, type_with_duckdb(con or duckdb.connect(), table, text.filter(odd), date_format))
    return out


def type_with_duckdb(con: duckdb.DuckDBPyConnection, table: Table, text: pa.Table, date_format: str = "dmy") -> pa.Table:
    """Every cell through `_select`: the definition the Arrow path must agree with."""
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


# ---- the Arrow path --------------------------------------------------------------------------------------


def _fast(col: Column, values: pa.Array, date_format: str) -> tuple[pa.Array, pa.Array, pa.Array]:
    """(typed, raw, odd): odd marks the cells this path does not decide, left to DuckDB."""
    # DuckDB's TRIM also strips Unicode spaces and its UPPER maps more letters than ASCII: non-ASCII goes to it.
    odd = _not_ascii(values)
    trimmed = pc.ascii_trim(values, " ")
    raw = pc.if_else(pc.equal(trimmed, _EMPTY), _NO_TEXT, trimmed)
    match col.type:
        case "date":
            typed, undecided = _dates(raw, date_format)
            return typed, raw, pc.or_(odd, undecided)
        case "int":
            plain = pc.fill_null(pc.match_substring_regex(raw, _PLAIN_INT), False)
            typed = pc.cast(pc.if_else(plain, raw, _NO_TEXT), pa.int32())
            return typed, raw, pc.or_(odd, pc.and_(pc.is_valid(raw), pc.invert(plain)))
        case "bool":
            lower = pc.ascii_lower(raw)
            true, false = pc.is_in(lower, _TRUE), pc.is_in(lower, _FALSE)
            typed = pc.if_else(true, _YES, pc.if_else(false, _NO, _NO_BOOL))
            return typed, raw, odd
        case "code" | "postcode":
            return pc.ascii_upper(raw), raw, odd
        case _:
            return raw, raw, odd


def _not_ascii(values: pa.Array) -> pa.Array:
    data = values.buffers()[2]
    if data is None or data.to_pybytes().isascii():  # the whole column at once: most returns are plain ASCII
        return pc.is_null(pc.is_null(values))  # all false
    return pc.invert(pc.fill_null(pc.string_is_ascii(values), True))


def _dates(raw: pa.Array, date_format: str) -> tuple[pa.Array, pa.Array]:
    """(dates, undecided): text of the date pattern that names a real day becomes that day; text not of the
    pattern is NULL, as in `_select`; text of the pattern that names no day (31/02, month 13, year 0) is left
    undecided for DuckDB to judge."""
    # A column holds far fewer distinct dates than rows: each distinct text is read once.
    encoded = pc.dictionary_encode(raw)
    days, undecided = _distinct_dates(encoded.dictionary, date_format)
    return pc.take(days, encoded.indices), pc.fill_null(pc.take(undecided, encoded.indices), _NO)


def _distinct_dates(raw: pa.Array, date_format: str) -> tuple[pa.Array, pa.Array]:
    parts = pc.extract_regex(raw, _DATE_PARTS[date_format])
    matched = pc.is_valid(parts)

    def part(name: str) -> pa.Array:
        return pc.cast(pc.if_else(matched, pc.struct_field(parts, name), _ZERO_TEXT), pa.int64())

    d, m, y = part("d"), part("m"), part("y")
    leap = pc.and_(_divisible(y, 4), pc.or_(pc.invert(_divisible(y, 100)), _divisible(y, 400)))
    month_ok = pc.and_(pc.greater_equal(m, _N[1]), pc.less_equal(m, _N[12]))
    last_day = pc.add(pc.take(_DAYS_IN_MONTH, pc.if_else(month_ok, m, _N[0])), pc.cast(pc.and_(leap, pc.equal(m, _N[2])), pa.int64()))
    real = pc.and_(pc.and_(matched, month_ok), pc.and_(pc.greater_equal(y, _N[1]), pc.and_(pc.greater_equal(d, _N[1]), pc.less_equal(d, last_day))))
    days = pc.if_else(real, _days_from_civil(y, m, d), _NO_DAY)
    return pc.cast(pc.cast(days, pa.int32()), pa.date32()), pc.and_(matched, pc.invert(real))


def _divisible(x: pa.Array, n: int) -> pa.Array:
    return pc.equal(pc.multiply(pc.divide(x, _N[n]), _N[n]), x)


def _days_from_civil(y: pa.Array, m: pa.Array, d: pa.Array) -> pa.Array:
    """Days since 1970-01-01 of the proleptic Gregorian y-m-d (H. Hinnant's days_from_civil, for y >= 1)."""
    march = pc.less_equal(m, _N[2])
    y = pc.subtract(y, pc.cast(march, pa.int64()))  # the year counted from March, so the leap day ends it
    era = pc.divide(y, _N[400])  # y >= 0: integer division is floor division
    yoe = pc.subtract(y, pc.multiply(era, _N[400]))
    mp = pc.if_else(march, pc.add(m, _N[9]), pc.subtract(m, _N[3]))
    doy = pc.add(pc.divide(pc.add(pc.multiply(mp, _N[153]), _N[2]), _N[5]), pc.subtract(d, _N[1]))
    doe = pc.add(pc.subtract(pc.add(pc.multiply(yoe, _N[365]), pc.divide(yoe, _N[4])), pc.divide(yoe, _N[100])), doy)
    return pc.subtract(pc.add(pc.multiply(era, _N[146097]), doe), _N[719468])


def _in_row_order(text: pa.Table) -> pa.Table:
    row_id = text.column("row_id")
    if text.num_rows > 1 and not pc.all(pc.greater_equal(pc.pairwise_diff(_whole(row_id)), _N[0])).as_py():
        text = text.take(pc.sort_indices(text, [("row_id", "ascending")]))
    return text


def _whole(column: pa.ChunkedArray) -> pa.Array:
    return column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column


def _replace_rows(out: pa.Table, rows: pa.Array, replacement: pa.Table) -> pa.Table:
    """`out` with the rows marked in `rows` taken, in order, from `replacement` (those rows typed by DuckDB)."""
    return pa.table(
        [pc.replace_with_mask(_whole(out.column(i)), rows, _whole(replacement.column(i))) for i in range(out.num_columns)],
        schema=out.schema,
    )
