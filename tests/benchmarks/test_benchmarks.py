"""The benchmark store (published DfE figures) and the comparison of a council with its neighbours."""

import csv
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from carewatch.benchmarks.build import build
from carewatch.benchmarks.compare import STORE, compare, read_measures, twins
from carewatch.cli import app
from carewatch.errors import InputError

HEAD = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name",
        "old_la_code", "la_name", "new_la_code", "cla_group", "placement_stability", "children_count", "children_percent"]
GROUP = ("CLA on 31 March", "With 3 or more placements during the year")


def row(year, level, la="", name="", percent="", region="E12000009", region_name="South West"):
    return [year, "Reporting year", level, "E92000001", "England", region if level != "National" else "", region_name if level != "National" else "",
            la, name, "", *GROUP, "10", percent]


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("published")
    rows = [
        row("2025", "National", percent="10"), row("2025", "Regional", percent="12"),
        row("2025", "Local authority", "839", "Bournemouth, Christchurch and Poole", "9"),
        row("2024", "Local authority", "839", "Bournemouth, Christchurch and Poole", "11"),
        row("2025", "Local authority", "822", "Bedford", "12"),  # neighbours of 839: 822, 882, 886, ...
        row("2025", "Local authority", "882", "Southend-on-Sea", "8"),
        row("2025", "Local authority", "886", "Kent", "c"),  # suppressed: not a value, never zero
        row("2025", "Local authority", "801", "Bristol", "9"),  # not a neighbour; ties with 839
        row("2025", "Local authority", "802", "North Somerset", "20"),
    ]
    with (folder / "la_cla_placement_stability.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEAD)
        writer.writerows(rows)
    out = tmp_path_factory.mktemp("store")
    build(folder, tmp_path_factory.mktemp("no_lait"), out)
    return out / "benchmarks.parquet"


def test_suppressed_figures_are_kept_as_symbols_not_zero(tiny_store):
    got = duckdb.sql(f"SELECT value, symbol FROM read_parquet('{tiny_store}') WHERE la_code = '886' AND indicator = 'children_percent'").fetchall()
    assert got == [(None, "c")]


def test_council_beside_neighbours_region_england_rank_and_band(tiny_store):
    own = pa.table({"measure_id": ["cla_3plus_placements"], "period": ["2025-26"], "breakdown": ["total"], "category": ["all"], "value": [15.0]})
    rows = compare("839", own, store=tiny_store).to_pylist()
    assert len(rows) == 1  # only this twin has figures in the tiny store
    r = rows[0]
    assert (r["year"], r["council"], r["region"], r["england"]) == (2025, 9.0, 12.0, 10.0)
    # Neighbours with a figure: 822 (12) and 882 (8); 886 is suppressed. Average 10, range 8 to 12.
    assert (r["neighbours_average"], r["neighbours_min"], r["neighbours_max"], r["neighbours_with_values"]) == (10.0, 8.0, 12.0, 2)
    # Lower is better (LAIT polarity "Low"). Councils with a figure: 8, 9, 9, 12, 20: only 882 is better, so
    # 839 and 801 share rank 2 of 5; band = ceil(4 x 2 / 5) = 2 -> B.
    assert (r["polarity"], r["rank"], r["ranked"], r["quartile_band"]) == ("lower_is_better", 2, 5, "B")
    # The council's own 15% would rank 5th of 5 (8, 9, 9, 12 are better): band D.
    assert (r["own_value"], r["own_rank"], r["own_quartile_band"]) == (15.0, 5, "D")
    assert r["trend"] == "2024: 11, 2025: 9"


def test_published_check_figure_bcp_31_march_2025():
    # DfE: Bournemouth, Christchurch and Poole at 31 March 2025: 560 children looked after, population
    # 74,810, rate 75 per 10,000.
    got = dict(duckdb.sql(
        f"SELECT indicator, value FROM read_parquet('{STORE}') WHERE source = 'ees' AND la_code = '839' AND time_period = 2025 "
        "AND file = 'cla_number_and_rate_per_10k_children.csv' AND filters = 'population_type=Children looked after on 31 March each year'"
    ).fetchall())
    assert got == {"children_count": 560, "population_estimate": 74810, "rate_per_10000": 75}
    rate = next(r for r in compare("839").to_pylist() if r["measure_id"] == "cla_31mar_rate")
    assert (rate["year"], rate["council"]) == (2025, 75.0)


def test_every_twin_names_a_series_the_store_holds():
    con = duckdb.connect()
    con.execute(f"CREATE TABLE s AS SELECT DISTINCT source, file, filters, indicator FROM read_parquet('{STORE}')")
    for t in twins():
        if t.ees:
            wanted = sorted(f"{k}={v}" for k, v in t.filters)
            n = con.execute("SELECT count(*) FROM s WHERE file = ? AND indicator = ? AND list_sort(string_split(filters, '; ')) = ?::VARCHAR[]",
                            [t.ees, t.indicator, wanted]).fetchone()
        else:
            n = con.execute("SELECT count(*) FROM s WHERE source = 'lait' AND indicator = ?", [t.lait]).fetchone()
        assert n and n[0] == 1, f"{t.measure.id} {t.category}: no published series"


def test_benchmark_command_prints_and_exports(tmp_path):
    out = tmp_path / "bench.csv"
    result = CliRunner().invoke(app, ["benchmark", "--la", "839", "--out", str(out)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Bournemouth, Christchurch and Poole" in result.output and "75.0" in result.output
    assert "cla_31mar_rate" in out.read_text()


def test_a_file_that_is_not_a_measures_file_is_refused_with_its_name(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="other.csv.*measure_id"):
        read_measures(bad)


def test_a_file_that_is_not_an_ees_file_is_refused(tmp_path):
    (tmp_path / "x.csv").write_text("year,count\n2025,3\n")
    with pytest.raises(InputError, match="x.csv, line 1, column time_period"):
        build(tmp_path, tmp_path / "none", tmp_path / "out")
