"""Fuzzing each file reader with hypothesis: any bytes, and valid files with random damage, either read into
typed tables or are refused with an InputError naming the file; and a CSV of any text cells reads with every
row kept. Derandomised so a failure repeats; benchmarks/hostile_files.py runs the wider corpus."""

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carewatch.errors import InputError
from carewatch.returns.ssda903.read import read_903
from tests.support.hostile import CSV_READERS, XML_READERS, Bases, read

READERS = CSV_READERS + XML_READERS
FUZZ = settings(
    max_examples=30, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> Bases:
    return Bases.build(tmp_path_factory.mktemp("bases"), children=5)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _settles(reader: str, path: Path) -> None:
    try:
        read(reader, path)
    except InputError as exc:
        assert path.name in str(exc) and "\n" not in str(exc), str(exc)


@FUZZ
@given(reader=st.sampled_from(READERS), data=st.binary(max_size=4000))
def test_any_bytes(folder, reader, data):
    path = folder / f"any-{reader}{'.xml' if reader in XML_READERS else '.csv'}"
    path.write_bytes(data or b" ")
    _settles(reader, path)


_EDIT = st.tuples(
    st.sampled_from(["cut", "flip", "insert", "delete"]),
    st.floats(min_value=0, max_value=1),
    st.binary(min_size=1, max_size=8) | st.sampled_from([b"<", b">", b"&", b'"', b",", b"\n", b"\r", b"<!DOCTYPE x>", b"]]>", b"\xff"]),
)


def _apply(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    for op, where, chunk in edits:
        i = int(where * len(data))
        match op:
            case "cut":
                data = data[:i]
            case "flip" if data:
                j = min(i, len(data) - 1)
                data = data[:j] + bytes([data[j] ^ chunk[0] or 1]) + data[j + 1 :]
            case "insert":
                data = data[:i] + chunk + data[i:]
            case "delete":
                data = data[:i] + data[i + len(chunk) :]
    return data or b" "


@FUZZ
@given(reader=st.sampled_from(READERS), pick=st.integers(min_value=0), edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_valid_files_with_random_damage(bases, folder, reader, pick, edits):
    names = sorted(bases.files[reader])
    name = names[pick % len(names)]
    path = folder / f"damaged-{reader}-{name}"
    path.write_bytes(_apply(bases.files[reader][name], edits))
    _settles(reader, path)


_CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@FUZZ
@given(rows=st.lists(st.lists(_CELL, min_size=7, max_size=7), max_size=15), line_end=st.sampled_from(["\n", "\r\n", "\r"]))
def test_csv_of_any_text_cells_keeps_every_row(folder, rows, line_end):
    buf = io.StringIO()
    # csv.writer quotes a cell holding a lone CR only if CR is in its line end: quote all then, as Excel does.
    breaks = any("\r" in c or "\n" in c for r in rows for c in r)
    csv.writer(buf, lineterminator=line_end, quoting=csv.QUOTE_ALL if breaks else csv.QUOTE_MINIMAL).writerows([["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], *rows])
    path = folder / "header.csv"
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    table = read_903([path], "2025-26").tables["header"]
    kept = [r for r in rows if any(c.strip() for c in r)]
    assert table.num_rows == len(kept)
    assert table.column("DOB_raw").to_pylist() == [(r[2].strip(" ") or None) for r in kept]
