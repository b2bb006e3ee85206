"""Damaged and hostile files: every reader either reads them into typed tables or refuses them with one line
naming the file, never another exception, never a hang (security.md target 4). The full corpus of 500+
variants runs in benchmarks/hostile_files.py; here every kind of damage once for every reader."""

import gzip
import os
from pathlib import Path

import pytest

from carewatch.engine.reference_lists import read_reference
from carewatch.errors import InputError
from carewatch.returns.cin.read import read_cin
from carewatch.returns.ssda903.read import read_903
from tests.support.hostile import MUST_REFUSE, Bases, make, pairs, read, settle

LIMIT = 20.0  # seconds for one variant on a busy 2-core machine; each takes well under 1 s when idle


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> Bases:
    return Bases.build(tmp_path_factory.mktemp("bases"), children=30)


@pytest.mark.parametrize(("reader", "kind"), pairs(), ids=[f"{r}-{k}" for r, k in pairs()])
def test_each_kind_reads_or_is_refused_naming_the_file(bases, tmp_path, reader, kind):
    outcome = settle(make(bases, tmp_path, reader, kind), limit=LIMIT)
    assert outcome.result in ("read", "refused"), outcome.detail
    if kind in MUST_REFUSE:
        assert outcome.result == "refused"


# ---- the faults this corpus found, each pinned ---------------------------------------------------------------


def test_device_pipe_and_folder_are_refused_as_not_files_without_reading(tmp_path):
    (tmp_path / "zero.xml").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.xml")  # opening a pipe would wait for a writer for ever
    for name in ("zero.xml", "pipe.xml"):
        with pytest.raises(InputError, match="not a regular file"):
            read_cin(tmp_path / name, "2025-26")
    with pytest.raises(InputError, match="not a regular file"):
        read_903([tmp_path / "zero.xml"], "2025-26")


def test_doctype_past_the_first_64k_or_in_utf16_is_refused(bases, tmp_path):
    for kind in ("late_doctype", "utf16_doctype"):
        variant = make(bases, tmp_path, "cin", kind)
        with pytest.raises(InputError, match="DOCTYPE"):
            read_cin(variant.path, "2025-26")


def test_xml_errors_are_one_line(tmp_path):
    path = tmp_path / "census.xml"
    path.write_bytes(b"<Message>\x00</Message>")
    with pytest.raises(InputError) as err:
        read_cin(path, "2025-26")
    assert "\n" not in str(err.value) and "census.xml, line 1: malformed XML" in str(err.value)


HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def test_form_feed_and_line_separator_inside_a_cell_do_not_split_the_row(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text(HEADER + "C1,M,01/02/2010,WB\x0cRI,,,\nC2,F,01/02/2011,WB\u2028RI,,,\r\nC3,F,01/02/2011,WBRI,,,\r")
    rows = read_903([path], "2025-26").tables["header"].to_pylist()
    assert [(r["CHILD"], r["line"]) for r in rows] == [("C1", 2), ("C2", 3), ("C3", 4)]
    assert rows[0]["ETHNIC"] == "WB\x0cRI"  # kept as given, for rule 103 to report


def test_nul_late_in_a_csv_is_refused_with_its_line(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text(HEADER + "C1,M,01/02/2010,WBRI,,,\n" * 400 + "C2,M,01/02/2010,W\x00RI,,,\n")
    with pytest.raises(InputError, match=r"header.csv, line 402: a NUL byte"):
        read_903([path], "2025-26")


def test_mixed_encodings_are_refused_not_garbled(tmp_path):
    path = tmp_path / "header.csv"
    path.write_bytes((HEADER + "Zoë,M,01/02/2010,WBRI,,,\n").encode() + "Zoë,M,01/02/2010,WBRI,,,\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"header.csv, line 3: mixes encodings"):
        read_903([path], "2025-26")
    path.write_bytes((HEADER + "Zoë,M,01/02/2010,WBRI,,,\n").encode("cp1252"))  # Windows-1252 throughout still reads
    assert read_903([path], "2025-26").tables["header"].to_pylist()[0]["CHILD"] == "Zoë"


def test_header_messages_stay_short(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"COLUMN{i}" for i in range(100_000)) + "\n")
    with pytest.raises(InputError, match="and 99,988 more") as err:
        read_903([path], "2025-26")
    assert len(str(err.value)) < 2_000
    path.write_text(HEADER.strip() + ",,\n")
    with pytest.raises(InputError, match="column 8 of the header is blank"):
        read_903([path], "2025-26")


POSTCODES = "pcd,oseast1m,osnrth1m,laua\nXA1 9EF,433622,164281,E06000058\n"


def test_reference_list_gz_bomb_is_not_inflated(tmp_path):
    path = tmp_path / "postcodes.csv.gz"
    with gzip.open(path, "wb") as f:
        f.write(POSTCODES.encode() + b"XA1 9EF,433622,164281,E06000058\n" * 200_000)
    with pytest.raises(InputError, match="postcodes.csv.gz"):
        read_reference("ssda903", "postcodes", path)


def test_reference_list_name_is_not_a_glob(tmp_path):
    (tmp_path / "a*.csv").write_text(POSTCODES)
    (tmp_path / "another.csv").write_text(POSTCODES + "XB1 1AA,1,2,E06000058\n")
    assert read_reference("ssda903", "postcodes", tmp_path / "a*.csv").num_rows == 1


def test_reference_list_line_of_millions_of_fields_is_refused_quickly(tmp_path):
    path = tmp_path / "postcodes.csv"
    path.write_text(POSTCODES + "x," * 3_000_000)
    with pytest.raises(InputError, match=r"postcodes.csv: not a readable CSV file: .*Line: 3"):
        read_reference("ssda903", "postcodes", path)


def test_reference_list_with_cr_line_ends_and_trailing_commas_reads(tmp_path):
    path = tmp_path / "postcodes.csv"
    path.write_text(POSTCODES.replace("\n", ",,\r"))
    assert read_reference("ssda903", "postcodes", path).to_pylist() == [
        {"pcd": "XA1 9EF", "oseast1m": 433622, "osnrth1m": 164281, "laua": "E06000058"}
    ]


def test_a_valid_file_of_each_reader_still_reads(bases, tmp_path):
    for reader, files in bases.files.items():
        for name, data in files.items():
            path = tmp_path / f"{reader}-{name}"
            path.write_bytes(data)
            assert read(reader, Path(path)) is not None


def _read_in_parts(path: str) -> int:
    from carewatch.returns.cin import parts

    parts.PART_MIN_BYTES = 1  # so this small census is read in parts
    return read_cin(Path(path), "2025-26").tables["child_identifiers"].num_rows


def test_large_census_reads_inside_a_pool_worker(bases, tmp_path):
    """A daemonic pool worker may not start processes: the part readers once failed there with AssertionError."""
    import multiprocessing

    path = tmp_path / "census.xml"
    path.write_bytes(bases.files["cin"]["census.xml"])
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_read_in_parts, (str(path),)) == 30
