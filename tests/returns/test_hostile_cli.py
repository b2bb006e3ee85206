"""`carewatch validate` on damaged and hostile files, as a user runs it: exit 2, one line on stderr naming
the file, no traceback, and no findings.csv or findings.xlsx written."""

import subprocess
import sys

import pytest

from tests.support.hostile import Bases, cli, make

# A sample across the readers and kinds of damage; each run starts Python and loads the rules (~4 s of CPU),
# so the sample is kept small: benchmarks/hostile_files.py --cli runs every kind through the command.
SAMPLE = [
    ("903-csv", "link_to_dev_zero"), ("903-csv", "sparse_2gb"), ("903-csv", "insert_nul"), ("903-csv", "many_columns"),
    ("903-csv", "mixed_encodings"), ("903-xml", "billion_laughs"), ("903-xml", "deep_nesting"),
    ("cin", "late_doctype"), ("cin", "utf16_doctype"), ("cin", "cin_wrong_year"), ("postcodes", "long_line"),
    ("providers", "missing_column"),
]


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> Bases:
    return Bases.build(tmp_path_factory.mktemp("bases"), children=10)


@pytest.mark.parametrize(("reader", "kind"), SAMPLE, ids=[f"{r}-{k}" for r, k in SAMPLE])
def test_cli_refuses_in_one_line_and_writes_nothing(bases, tmp_path, reader, kind):
    assert cli(make(bases, tmp_path / "in", reader, kind), tmp_path) == ""


def test_file_text_is_not_read_as_markup(tmp_path):
    """A header such as [/bold] once reached Rich as markup and ended in a MarkupError traceback."""
    path = tmp_path / "odd.csv"
    path.write_text("FOO,[/bold],[red]\n1,2,3\n")
    result = subprocess.run(
        [sys.executable, "-m", "carewatch", "validate", "903", str(path), "--year", "2025-26", "--out", str(tmp_path / "o")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "[/BOLD], [RED]" in result.stderr and len([x for x in result.stderr.splitlines() if x.strip()]) == 1
