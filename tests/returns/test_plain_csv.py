"""Arrow's parser on a plain CSV against the csv-module reader it stands in for (ssda903.read._parse_csv): the
same rows, cells and lines whenever it answers, and no answer (so the csv module reads and refuses) whenever
the file is one the csv module would refuse or read differently."""

import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carewatch.errors import InputError
from carewatch.returns import plain_csv
from carewatch.returns.schema import load_schema
from carewatch.returns.ssda903 import read as read903

SCHEMA = load_schema("ssda903", "2025-26")
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"


def _recognise(cells: list[str]):
    header = read903._check_header(Path("header.csv"), cells)
    return header, *read903.identify("header.csv", header, SCHEMA)


def _exact(text: str) -> pa.Table | str:
    try:
        header, rows, lines = read903._parse_csv(Path("header.csv"), text)
        table, _ = read903.identify("header.csv", header, SCHEMA)
    except InputError as exc:
        return str(exc)
    return read903._text_table(table, header, rows, lines)


def _agree(text: str) -> bool:
    """True when Arrow answered (and agreed); False when it left the file to the csv module."""
    exact = _exact(text)
    plain = plain_csv.read(text, _recognise)
    if plain is None:
        return False
    assert not isinstance(exact, str), f"Arrow read a file the csv module refuses: {exact}"
    assert plain[2].to_pylist() == exact.to_pylist()
    return True


def test_whitespace_is_what_python_strips():
    assert set(plain_csv.WHITESPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}


ROWS = [HEADER, "C1,M,01/02/2010,WBRI,,,", "C2, F ,01/02/2011,wbri,A1,0,", ",,,,,,", "", "  ,\t,,,,,", "C3,F,x,,,,", "", ""]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_ordinary_files_are_read_by_arrow(end):
    assert _agree(end.join(ROWS))
    assert _agree(end.join(ROWS) + end)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_files_with_every_cell_quoted_are_read_by_arrow(end):
    quoted = [",".join(f'"{c}"' for c in row.split(",")) if row else row for row in ROWS]
    assert _agree(end.join(quoted) + end)
    assert _agree(end.join([ROWS[0], *quoted[1:]]))  # a bare header over quoted rows


@pytest.mark.parametrize(
    "text",
    [
        HEADER + "\nC1,M,01/02/2010\n",  # ragged
        HEADER + "\n  \nC1,M,01/02/2010,WBRI,,,\n",  # a blank line of another width: skipped by the csv module
        HEADER + '\n"C1,x",M,01/02/2010,WBRI,,,\n',  # a comma in quotes
        HEADER + '\n"C""1",M,01/02/2010,WBRI,,,\n',  # a quote in quotes
        HEADER + '\n"C1"x,M,01/02/2010,WBRI,,,\n',  # text after the closing quote: the csv module refuses it
        HEADER + '\nC"1,M,01/02/2010,WBRI,,,\n',  # a quote inside a bare cell
        HEADER + '\n "C1",M,01/02/2010,WBRI,,,\n',  # a space before the opening quote
        HEADER + '\n"C\n1",M,01/02/2010,WBRI,,,\n',  # a line break in quotes
        HEADER + '\n"C1,M,01/02/2010,WBRI,,,\n',  # a quote never closed
        '"CHILD","SEX\n",DOB,ETHNIC,UPN,MOTHER,MC_DOB\n',  # a line break in the header's quotes
        HEADER + "\nC1,M,01/02/2010,WBRI,,," + "x" * 200_000 + "\n",  # a field over csv.field_size_limit()
        "\n" + HEADER + "\n",  # the header is not on the first line
        HEADER + ",SEX\n",  # a column twice
        "FOO,BAR\n1,2\n",  # no table's columns
    ],
)
def test_files_arrow_might_read_otherwise_go_to_the_csv_module(text):
    assert plain_csv.read(text, _recognise) is None
    _agree(text)


def test_line_numbers_count_empty_lines_of_every_ending():
    text = HEADER + "\r\n\r\nC1,M,,,,,\n\nC2,F,,,,,\r\rC3,M,,,,,\n\rC4,F,,,,,"
    assert _agree(text)
    assert plain_csv.read(text, _recognise)[2].column("line").to_pylist() == [3, 5, 7, 9]


def test_unicode_whitespace_rows_are_blank():
    assert _agree(HEADER + "\nC1,M,,,,,\n\u3000,\xa0,\x1c,,,,\n\u2028,,,,,,x\n")


_CELL = st.text(st.sampled_from(list("C1 ,\t\r\n\x0b\x1c\xa0\u3000é/0")), max_size=4) | st.sampled_from(["", "WBRI", "01/02/2010"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    rows=st.lists(st.lists(_CELL, min_size=7, max_size=7) | st.lists(_CELL, min_size=1, max_size=9), max_size=12),
    ends=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=1, max_size=3),
    header_end=st.sampled_from(["\n", "\r\n", "\r", ""]),
)
def test_any_unquoted_text_agrees(rows, ends, header_end):
    body = "".join(",".join(r) + ends[i % len(ends)] for i, r in enumerate(rows))
    _agree(HEADER + header_end + body)


_SAFE_CELL = st.text(st.sampled_from(list("C1 \t\xa0é/")), max_size=4) | st.sampled_from(["", "WBRI", "01/02/2010"])
_ODD_CELL = st.text(st.sampled_from(list('C1 ,"\t\r\n')), min_size=1, max_size=4) | st.sampled_from(['""', '"x"', 'a"b'])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    rows=st.lists(st.lists(st.tuples(_SAFE_CELL, st.booleans()), min_size=7, max_size=7), min_size=1, max_size=10),
    odd=st.none() | st.tuples(st.integers(min_value=0), _ODD_CELL, st.booleans()),  # now and then one cell of trouble
    end=st.sampled_from(["\n", "\r\n", "\r"]),
    quote_header=st.booleans(),
)
def test_any_quoted_text_agrees(rows, odd, end, quote_header):
    """Cells as an export that quotes them writes them, some in quotes and some not."""
    if odd:
        where, cell, quote = odd
        rows[where % len(rows)][where % 7] = (cell, quote)
    header = ",".join(f'"{h}"' for h in HEADER.split(",")) if quote_header else HEADER
    _agree(header + end + "".join(",".join(f'"{c}"' if q else c for c, q in r) + end for r in rows))
