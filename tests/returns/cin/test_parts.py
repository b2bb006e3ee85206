"""Reading a CIN census in parts, side by side: the same tables as one pass, private files that do not outlive
the read, and one clear error for a damaged part."""

import os
import stat
import tempfile

import pytest

from carewatch.errors import InputError
from carewatch.returns.cin import parts
from carewatch.returns.cin.read import read_cin
from carewatch.synth.cin import write_census


@pytest.fixture(scope="module")
def census(tmp_path_factory):
    path = tmp_path_factory.mktemp("census") / "cin_census.xml"
    write_census(path, children=400, seed=4, inject_errors=12)
    # Cells the Arrow typing leaves to DuckDB (an impossible date, non-ASCII text), late in the file.
    data = path.read_bytes()
    at = data.rindex(b"<CINreferralDate>") + len(b"<CINreferralDate>")
    data = data[:at] + b"2025-02-30" + data[at + 10 :]
    at = data.rindex(b"<Ethnicity>") + len(b"<Ethnicity>")
    path.write_bytes(data[:at] + "WBRI\u00a0".encode() + data[at + 4 :])
    return path


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Part files go to a folder of this test's own, so what is left behind can be seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def read(path, in_parts: bool, monkeypatch, batch_rows: int | None = None):
    monkeypatch.setattr(parts, "PART_MIN_BYTES", 1 if in_parts else 1 << 40)
    if batch_rows:
        from carewatch.returns.cin import read as reader

        monkeypatch.setattr(reader, "BATCH_ROWS", batch_rows)
        monkeypatch.setattr(reader, "CHUNK_ROWS", batch_rows // 2)
    return read_cin(path, "2025-26").tables


def assert_same(a, b):
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].schema == b[name].schema, name
        assert a[name].equals(b[name]), name


def test_parts_give_the_tables_of_one_pass(census, private_tmp, monkeypatch):
    whole = read(census, False, monkeypatch)
    assert whole["cin_details"].num_rows > 400
    assert whole["cin_details"].column("CINreferralDate_raw").to_pylist()[-1] == "2025-02-30"
    assert whole["cin_details"].column("CINreferralDate").to_pylist()[-1] is None
    # Small batches too, so every table is typed and written in several pieces.
    assert_same(read(census, True, monkeypatch), whole)
    assert_same(read(census, True, monkeypatch, batch_rows=64), whole)
    row_ids = whole["assessment_factors"].column("row_id").to_pylist()
    assert row_ids == list(range(1, len(row_ids) + 1))
    assert list(private_tmp.iterdir()) == []  # the part files are gone


def test_a_child_tag_in_a_comment_does_not_shift_the_child_numbers(census, tmp_path, private_tmp, monkeypatch):
    """Each part numbers its Children from a count of <Child> tags before it; a count thrown off by a comment
    is caught and that part read again with the right number."""
    data = census.read_bytes()
    at = data.index(b"</Child>", len(data) // 4) + len(b"</Child>")
    path = tmp_path / "commented.xml"
    path.write_bytes(data[:at] + b"<!-- an old <Child> and <Child/> --><?note <Child>?>" + data[at:])
    assert_same(read(path, True, monkeypatch), read(path, False, monkeypatch))
    xpaths = read(path, True, monkeypatch)["child_identifiers"].column("xpath").to_pylist()
    assert xpaths[-1] == "/Message/Children/Child[400]/ChildIdentifiers[1]"


def test_part_files_are_private_and_removed_on_error(census, tmp_path, private_tmp, monkeypatch):
    made = []
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp(*args, **kwargs):
        made.append(real_mkdtemp(*args, **kwargs))
        assert stat.S_IMODE(os.stat(made[-1]).st_mode) == 0o700
        return made[-1]

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    data = census.read_bytes()
    path = tmp_path / "truncated.xml"
    path.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(InputError) as err:
        read(path, True, monkeypatch)
    assert made and list(private_tmp.iterdir()) == []
    # The error names the file and the line of the whole file, as one pass does.
    with pytest.raises(InputError) as whole:
        read(path, False, monkeypatch)
    assert str(err.value) == str(whole.value)
    assert "truncated.xml, line " in str(err.value) and "\n" not in str(err.value)


def test_a_census_without_children_or_header_is_refused_in_parts(tmp_path, private_tmp, monkeypatch):
    path = tmp_path / "empty.xml"
    path.write_text("<Message><Children>" + "<Other>x</Other></Child>" * 5 + "</Children></Message>")
    with pytest.raises(InputError):
        read(path, True, monkeypatch)
    assert list(private_tmp.iterdir()) == []


def test_a_part_reader_that_fails_otherwise_gives_way_to_one_pass(census, private_tmp, monkeypatch):
    """No room for the part files (or a reader killed): the census is still read, in one pass."""

    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    whole = read(census, False, monkeypatch)
    monkeypatch.setattr(parts, "_IpcFiles", no_room)
    assert_same(read(census, True, monkeypatch), whole)
    assert list(private_tmp.iterdir()) == []
