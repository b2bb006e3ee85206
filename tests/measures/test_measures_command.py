"""`carewatch measures [903|cin] PATH...` on synthetic returns: every measure computed, none skipped."""

import csv

import pytest
from typer.testing import CliRunner

from carewatch.cli import app
from carewatch.engine.measures import load_measures
from carewatch.synth.cin import write_census
from carewatch.synth.ssda903 import write_council


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    root = tmp_path_factory.mktemp("council")
    write_council(root, children=300, seed=11)
    write_census(root / "cin.xml", children=300, seed=11)
    return root


def run(*args):
    result = CliRunner().invoke(app, ["measures", *map(str, args)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_903_measures_all_computed_with_last_year_and_postcodes(council, tmp_path):
    out = tmp_path / "m.csv"
    text = run("903", council / "current", "--previous", council / "previous", "--postcodes", council / "reference" / "postcodes.csv",
               "--year", "2025-26", "--la", "839", "--out", out)
    assert "not computed" not in text
    with out.open() as f:
        ids = {r["measure_id"] for r in csv.DictReader(f)}
    assert ids == {m.id for m in load_measures("ssda903")}


def test_903_without_postcodes_says_what_is_missing(council):
    text = run(council / "current", "--year", "2025-26", "--la", "839")  # the return defaults to 903
    assert "not computed" in text and "--postcodes" in text


def test_cin_measures(council, tmp_path):
    out = tmp_path / "c.parquet"
    text = run("cin", council / "cin.xml", "--year", "2025-26", "--la", "839", "--out", out)
    assert "CIN census measures" in text and "not computed" not in text
    import pyarrow.parquet as pq

    assert set(pq.read_table(out).column("measure_id").to_pylist()) == {m.id for m in load_measures("cin")}
