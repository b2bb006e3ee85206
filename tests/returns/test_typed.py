"""The Arrow path of returns.typed against its definition, the DuckDB expressions in `_select`: every cell of
every type must come out the same, including the odd ones the Arrow path hands over to DuckDB."""

import random

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carewatch.returns import typed
from carewatch.returns.schema import Column, Table

COLUMNS = [Column("ID", "id"), Column("TEXT", "text"), Column("CODE", "code", "codes"), Column("PC", "postcode"),
           Column("DATE", "date"), Column("NUMBER", "int"), Column("FLAG", "bool")]


def _both(kind: str, cells: list[str | None], date_format: str = "dmy", row_ids: list[int] | None = None) -> tuple[list, list, int]:
    """(Arrow path, DuckDB only, cells the Arrow path left to DuckDB) for one column of the given type."""
    col = next(c for c in COLUMNS if c.type == kind)
    table = Table("Every", "every", None, (col,))
    n = len(cells)
    text = pa.table({
        "row_id": pa.array(row_ids or range(1, n + 1), pa.int64()),
        "line": pa.array(range(2, n + 2), pa.int64()),
        col.name: pa.array(cells, pa.string()),
    })
    con = duckdb.connect()
    handed: list[int] = []

    def duckdb_only(con, table, text, date_format="dmy"):
        handed.append(text.num_rows)
        return exact(con, table, text, date_format)

    exact = typed.type_with_duckdb
    typed.type_with_duckdb = duckdb_only
    try:
        fast = typed.type_columns(con, table, text, date_format)
    finally:
        typed.type_with_duckdb = exact
    return _rows(fast), _rows(exact(con, table, text, date_format)), sum(handed)


def _rows(table: pa.Table) -> list[dict]:
    """Dates as day numbers: DuckDB reads 1/1/0000 as a day of year 0, which Python's date cannot hold."""
    days = pa.schema([f.with_type(pa.int32()) if f.type == pa.date32() else f for f in table.schema])
    return table.cast(days).to_pylist()


def _dates(fmt: str) -> list[str]:
    days = [f"{d}" for d in range(0, 33)] + [f"{d:02d}" for d in range(0, 33)] + ["001", "99"]
    months = [f"{m}" for m in range(0, 14)] + [f"{m:02d}" for m in range(0, 14)]
    years = ["0000", "0001", "0400", "1582", "1600", "1900", "1999", "2000", "2024", "2025", "2100", "9999"]
    if fmt == "dmy":
        return [f"{d}/{m}/{y}" for d in days for m in months for y in years]
    return [f"{y}-{m}-{d}" for d in days for m in months for y in years]


@pytest.mark.parametrize("fmt", ["dmy", "iso"])
def test_every_day_month_and_year_shape_agrees(fmt):
    cells = _dates(fmt)
    fast, exact, handed = _both("date", cells, fmt)
    assert fast == exact
    year_zero = sum("0000" in c for c in cells)  # real to DuckDB, left to it by the Arrow path
    assert sum(r["DATE"] is not None for r in fast) > 5_000
    assert handed <= sum(r["DATE"] is None for r in fast) + year_zero  # every other real day was typed by Arrow


ODD = [
    None, "", " ", "  a ", "\ta", "a\t", "\xa0x\xa0", "\u3000x", "ß", "straße", "ı", "ǆ", "Zoë", "TRUE", "True", "1", "0",
    "false", " FALSE ", "yes", "tRuE", "+5", "-5", " 5 ", "1.5", "2.5", "-2.5", "1e2", "0x10", "1_000", "٣", "2147483647",
    "2147483648", "999999999", "0005", "1,000", "01/02/10", "31/02/2011", "29/02/2024", "29/02/2023", "29/02/1900",
    "01/13/2025", "00/01/2025", "1/1/0000", "01/02/2010 ", " 01/02/2010", "01/02/2010\n", "01-02-2010", "2010-02-01",
    "1/2/2010", "01/02/２０10", "wb\x0cri", "a\u2028b", "ab1 2cd", "sc123456", "\U0001f600", "2024-02-29", "2023-02-29",
    "2025-1-01", "0000-01-01", "2025-04-31",
]


@pytest.mark.parametrize("kind", [c.type for c in COLUMNS])
@pytest.mark.parametrize("fmt", ["dmy", "iso"])
def test_odd_cells_agree(kind, fmt):
    fast, exact, _ = _both(kind, ODD, fmt)
    assert fast == exact


def test_plain_cells_stay_on_the_arrow_path():
    for kind, cells in [("id", ["C1", " C2 ", ""]), ("code", ["wbri", " M "]), ("date", ["01/02/2010", "1/2/2010", "x", ""]),
                        ("int", ["0", "42", " 7 ", None]), ("bool", ["true", "0", "FALSE", "maybe"])]:
        fast, exact, handed = _both(kind, cells)
        assert fast == exact and handed == 0, kind


def test_rows_out_of_order_come_out_in_row_id_order():
    fast, exact, _ = _both("date", ["01/02/2010", "x", "31/02/2010", None, "ß"], row_ids=[5, 3, 1, 4, 2])
    assert fast == exact and [r["row_id"] for r in fast] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("kind", [c.type for c in COLUMNS])
def test_a_large_random_mix_agrees(kind):
    rng = random.Random(7)
    pieces = ["0", "1", "2", "9", "12", "/", "-", " ", "2025", "a", "E", "ß", "\xa0", ".", "+", "true", "\t"]
    cells = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(5_000)]
    fast, exact, _ = _both(kind, cells)
    assert fast == exact


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    kind=st.sampled_from([c.type for c in COLUMNS]),
    cells=st.lists(st.one_of(st.none(), st.text(max_size=12), st.from_regex(r"\A[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\Z")), min_size=1, max_size=30),
)
def test_any_text_agrees(kind, cells):
    fast, exact, _ = _both(kind, cells)
    assert fast == exact


def test_without_a_connection_one_is_opened_for_the_odd_cells():
    col = Column("DATE", "date")
    table = Table("Every", "every", None, (col,))
    text = pa.table({"row_id": pa.array([1, 2, 3], pa.int64()), "line": pa.array([2, 3, 4], pa.int64()),
                     "DATE": pa.array(["01/02/2010", "31/02/2011", "\xa001/02/2010"], pa.string())})
    assert _rows(typed.type_columns(None, table, text)) == _rows(typed.type_with_duckdb(duckdb.connect(), table, text))
