"""Measures for a folder of councils (`carewatch measures --councils`): the same rows as measuring each council
alone, each return read once and kept typed."""

import os
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from carewatch.cli import app
from carewatch.errors import InputError
from carewatch.measures.national import TYPED, jobs_in, measure_councils, read_councils
from carewatch.measures.service import measure_files
from carewatch.synth.england import Council, write_england


@pytest.fixture(scope="module")
def councils(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("councils")
    write_england(out, [Council("839", "Bournemouth, Christchurch and Poole", 30, 120), Council("857", "Rutland", 8, 30)],
                  ["2023-24", "2024-25"], seed=2, workers=1)
    return out


def _rows(table):
    return sorted(
        (r["measure_id"], r["la_code"], r["period"], r["breakdown"], r["category"], r["numerator"], r["denominator"], r["value"])
        for r in table.to_pylist()
    )


def test_same_rows_as_each_council_alone(councils: Path) -> None:
    run = measure_councils(councils, workers=1)
    assert run.jobs == 2 * 2 * 2  # councils x years x returns
    assert set(run.table["la_code"].to_pylist()) == {"839", "857"}
    year = councils / "857" / "2024-25"
    alone_903, _, _ = measure_files("ssda903", [year / "903" / "current"], "2024-25", [year / "903" / "previous"], la_code="857",
                                    postcodes=year / "903" / "reference" / "postcodes.csv")
    alone_cin, _, _ = measure_files("cin", [year / "cin" / "cin_census.xml"], "2024-25",
                                    [councils / "857" / "2023-24" / "cin" / "cin_census.xml"], la_code="857")
    mine = run.table.filter(pc.and_(pc.equal(run.table["la_code"], "857"), pc.equal(run.table["period"], "2024-25")))
    assert _rows(mine) == sorted(_rows(alone_903) + _rows(alone_cin))
    # Rutland's real 0-17 population gives its rates (ONS estimate shipped with carewatch).
    rate = mine.filter(pc.equal(mine["measure_id"], "cla_31mar_rate")).to_pylist()[0]
    assert rate["denominator"] and rate["denominator"] > 5000


def test_returns_are_read_once_and_kept_typed(councils: Path) -> None:
    read_councils(councils, workers=1)
    kept = councils / "839" / "2024-25" / "cin" / TYPED / "cin_census.xml"
    stamp = kept / "complete"
    assert stamp.exists() and pq.read_table(kept / "child_identifiers.parquet").num_rows > 0
    first = stamp.stat().st_mtime_ns
    read_councils(councils, workers=1)
    assert stamp.stat().st_mtime_ns == first  # not read again
    census = councils / "839" / "2024-25" / "cin" / "cin_census.xml"
    later = first / 1e9 + 10
    os.utime(census, (later, later))  # the return changed: read again
    read_councils(councils, workers=1)
    assert stamp.stat().st_mtime_ns != first


def test_two_workers_give_the_same_rows(councils: Path) -> None:
    assert _rows(measure_councils(councils, workers=2).table) == _rows(measure_councils(councils, workers=1).table)


def test_command_prints_totals_and_writes_rows(councils: Path, tmp_path: Path) -> None:
    out = tmp_path / "england.parquet"
    result = CliRunner().invoke(app, ["measures", "--councils", str(councils), "--workers", "1", "--out", str(out)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Children looked after at 31 March" in result.output and "2 councils" in result.output
    assert set(pq.read_table(out)["la_code"].to_pylist()) == {"839", "857"}


def test_a_folder_without_councils_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(InputError, match="no councils' returns found"):
        jobs_in(tmp_path)
