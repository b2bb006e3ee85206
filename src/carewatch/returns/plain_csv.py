"""Reading a return's CSV text in one pass of Arrow's C++ parser, when that gives exactly what the csv module
gives row by row.

The csv module (strict, with the rules of ssda903.read._parse_csv) is the definition: lines end at CRLF, LF or
CR; an empty line or a row whose cells are all whitespace is skipped; every other row must have the header's
width; a field may not reach csv.field_size_limit(); `line` is where the row is in the file. Without quote
characters a line is a row and a comma ends a cell, which Arrow's parser does the same way. With them, Arrow
reads the file twice, with and without quoting, and answers only if every cell is either as written or the
whole of it in quotes with no quote inside (as exports that quote every cell write them). For anything it
might read otherwise (a comma, quote or line break inside quotes, text after a closing quote, a ragged row, an
over-long field, a header that is not a table's) `read` returns None and the caller parses the text with the
csv module, which also words the refusal."""

import csv
from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from carewatch.errors import InputError
from carewatch.returns.schema import Table

# What str.strip() removes (str.isspace), so a row of these is blank here as it is to the csv path.
# tests/returns/test_plain_csv.py checks the list against Python's own.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_PARSE = pacsv.ParseOptions(delimiter=",", quote_char=False, double_quote=False, escape_char=False, newlines_in_values=False, ignore_empty_lines=True)
_PARSE_QUOTED = pacsv.ParseOptions(delimiter=",", quote_char='"', double_quote=True, escape_char=False, newlines_in_values=False, ignore_empty_lines=True)
_QUOTE, _NOTHING = pa.scalar('"', pa.string()), pa.scalar("", pa.string())
_ZERO = pa.scalar(0, pa.int64())

Recognise = Callable[[list[str]], tuple[list[str], Table, list[str]]]


def read(text: str, recognise: Recognise) -> tuple[Table, list[str], pa.Table] | None:
    """(table, extra columns, text table of row_id, line and the table's columns as strings), or None.

    `recognise` takes the header's cells and returns (column names, table, extra columns) or raises InputError."""
    limit = csv.field_size_limit()
    end = _line_end(text)
    first = text[:end]
    if len(first) >= limit:
        return None
    quoted = '"' in text
    try:
        # The csv module reads an empty first line as no cells, and a header in quotes as the names inside them.
        cells = next(csv.reader([first], strict=True), []) if quoted else (first.split(",") if first else [])
        header, table, extra = recognise(cells)
    except (InputError, csv.Error):
        return None
    # Empty lines at the end are not rows, and no line's number depends on them.
    body = text[end + (2 if text.startswith("\r\n", end) else 1):].rstrip("\r\n")
    width = len(header)
    names = [str(i) for i in range(width)]
    wanted = {name: names[header.index(name)] for name in table.file_column_names}
    if not body:
        found = pa.table({name: pa.array([], pa.string()) for name in names})
        lines = pa.array([], pa.int64())
    else:
        data = pa.py_buffer(body.encode("utf-8"))
        raw = _parse(data, names, _PARSE)  # every quote kept: a line is a row and a comma ends a cell
        if raw is None:
            return None  # a row of another width (or a blank one, which the csv path skips whatever its width)
        lines = _line_numbers(body, raw.num_rows)
        if lines is None or (len(body) >= limit and any(pc.max(pc.binary_length(raw.column(n))).as_py() >= limit for n in names)):
            return None
        found = raw
        if quoted:
            found = _parse(data, names, _PARSE_QUOTED)
            if found is None or found.num_rows != raw.num_rows or not _simply_quoted(raw, found):
                return None
        blank = _blank_rows(found)
        if blank is not None:
            keep = pc.invert(blank)
            found, lines = found.filter(keep), lines.filter(keep)
    columns: dict[str, pa.Array | pa.ChunkedArray] = {
        "row_id": arange(1, found.num_rows),
        "line": lines,
    }
    for name, column in wanted.items():
        columns[name] = found.column(column)
    return table, extra, pa.table(columns)


def _parse(data: pa.Buffer, names: list[str], options: pacsv.ParseOptions) -> pa.Table | None:
    try:
        return pacsv.read_csv(
            data,
            read_options=pacsv.ReadOptions(column_names=names, use_threads=data.size > 4 * 2**20),
            parse_options=options,
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False),
        )
    except pa.ArrowException:
        return None


def _simply_quoted(raw: pa.Table, cells: pa.Table) -> bool:
    """Whether every cell is either as it stands in the file or the whole of it in quotes, and holds no quote
    itself: then the csv module reads each cell as Arrow did (and nothing it would refuse, such as text after a
    closing quote, an escaped quote or a line break in quotes, is in the file: those cells fail this test)."""
    for name in cells.column_names:
        cell, token = cells.column(name), raw.column(name)
        if pc.any(pc.match_substring(cell, '"')).as_py():
            return False
        whole = pc.or_(pc.equal(token, cell), pc.equal(token, pc.binary_join_element_wise(_QUOTE, cell, _QUOTE, _NOTHING)))
        if not pc.all(whole).as_py():
            return False
    return True


def arange(start: int, n: int) -> pa.Array:
    """start, start + 1, ... (n numbers), without a Python loop."""
    ones = pc.is_null(pa.nulls(n, pa.int8()))
    return pc.add(pc.cast(pc.indices_nonzero(ones), pa.int64()), pa.scalar(start, pa.int64()))


def _line_end(text: str) -> int:
    ends = [i for i in (text.find("\r"), text.find("\n")) if i >= 0]
    return min(ends) if ends else len(text)


def _line_numbers(body: str, rows: int) -> pa.Array | None:
    """The file line of each row Arrow read from `body` (which starts at line 2): Arrow skips empty lines."""
    cr = body.count("\r")
    if body.count("\n") + cr - (body.count("\r\n") if cr else 0) + 1 == rows:  # no empty line: a row per line
        numbers = arange(2, rows)
    else:
        physical = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        numbers = pa.array([i for i, line in enumerate(physical, start=2) if line], pa.int64())
    return numbers if len(numbers) == rows else None  # not the rows Arrow found: let the csv module read it


def _blank_rows(cells: pa.Table) -> pa.Array | None:
    """Rows whose every cell is whitespace, or None when there are none (most files: the first cell is the child)."""
    blank = None
    for column in cells.columns:
        empty = pc.equal(pc.utf8_length(pc.utf8_trim(column, WHITESPACE)), _ZERO)
        blank = empty if blank is None else pc.and_(blank, empty)
        if not pc.any(blank).as_py():
            return None
    return blank
