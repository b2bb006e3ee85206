"""The synthetic 903 council: deterministic, coherent as the DfE 903 rules describe it, readable by carewatch's
reader, and its injected errors come with a well-formed answer key."""

import csv
import hashlib
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carewatch.returns.schema import load_schema
from carewatch.synth.ssda903 import CARRY_BACK, FILE_NAMES, write_council
from carewatch.synth.ssda903_errors import CATALOGUE

YEAR = "2025-26"


def _d(text: str) -> date:
    day, month, year = text.split("/")
    return date(int(year), int(month), int(day))


def _age(dob: date, at: date) -> int:
    return at.year - dob.year - ((at.month, at.day) < (dob.month, dob.day))


def _read(folder: Path) -> dict[str, list[dict[str, str]]]:
    out = {}
    for table, name in FILE_NAMES.items():
        path = folder / name
        if path.exists():
            with path.open(newline="", encoding="utf-8") as f:
                out[table] = list(csv.DictReader(f))
    return out


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*.csv"))}


@pytest.fixture(scope="module")
def council(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("council")
    write_council(out, year=YEAR, children=800, seed=11)
    return out


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        write_council(tmp_path / name, children=150, seed=seed, inject_errors=10)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_files_have_the_schema_columns_and_valid_codes(council):
    for sub, year in (("current", YEAR), ("previous", "2024-25")):
        schema = load_schema("ssda903", year)
        assert {p.name for p in (council / sub).iterdir()} == {FILE_NAMES[t] for t in schema.tables}
        tables = _read(council / sub)
        for name, table in schema.tables.items():
            with (council / sub / FILE_NAMES[name]).open(encoding="utf-8") as f:
                assert f.readline().strip().split(",") == list(table.file_column_names)
            for col in (c for c in table.columns if not c.derived):
                values = {r[col.name] for r in tables[name]} - {""}
                if col.codelist:
                    assert values <= set(schema.codes[col.codelist]), (year, name, col.name, values - set(schema.codes[col.codelist]))
                if col.type == "date":
                    for v in values:
                        _d(v)  # dd/mm/yyyy, a real date
        assert len(tables["Header"]) > 700 and tables["Episodes"] and tables["OC3"] and tables["UASC"]


def test_periods_of_care_are_contiguous_episodes(council):
    tables = _read(council / "current")
    schema = load_schema("ssda903", YEAR)
    end = schema.year.end
    by_child = defaultdict(list)
    for r in tables["Episodes"]:
        by_child[r["CHILD"]].append(r)
    dob = {r["CHILD"]: _d(r["DOB"]) for r in tables["Header"]}
    for child, eps in by_child.items():
        assert [_d(e["DECOM"]) for e in eps] == sorted(_d(e["DECOM"]) for e in eps)
        for e, nxt in zip(eps, eps[1:] + [None], strict=True):
            if e["DEC"]:
                assert _d(e["DEC"]) > _d(e["DECOM"])  # no episode shorter than a day
                assert (e["REC"] == "X1") == (nxt is not None and nxt["DECOM"] == e["DEC"])
            else:
                assert nxt is None and e["REC"] == ""  # only the last episode is open at 31 March
            if nxt is not None and e["REC"] == "X1":
                changed = (e["LS"] != nxt["LS"], e["PLACE"] != nxt["PLACE"] or e["PL_POST"] != nxt["PL_POST"])
                assert nxt["RNE"] in {(True, False): "L", (False, True): "PT", (True, True): "BU"}[changed]
            if nxt is not None and e["REC"] != "X1":
                assert nxt["RNE"] == "S"
        age_end = _age(dob[child], _d(eps[-1]["DEC"]) if eps[-1]["DEC"] else end)
        assert age_end <= 18 and (eps[-1]["DEC"] or age_end < 18)  # nobody in care past 18
        for e in eps:
            if e["PLACE"] == "K3":
                assert _age(dob[child], _d(e["DECOM"])) >= 16
            if e["REC"] == "E17":
                assert _age(dob[child], _d(e["DEC"])) >= 18


def test_records_hang_together(council):
    tables = _read(council / "current")
    end = load_schema("ssda903", YEAR).year.end
    dob = {r["CHILD"]: _d(r["DOB"]) for r in tables["Header"]}
    for r in tables["Reviews"]:
        assert (r["REVIEW_CODE"] == "PN0") == (_age(dob[r["CHILD"]], _d(r["REVIEW"])) < 4)
    open_sw = defaultdict(int)
    for r in tables["SWEpisodes"]:
        assert r["SW_ID"].startswith("SW")
        open_sw[r["CHILD"]] += r["SW_DEC"] == ""
    in_care = {e["CHILD"] for e in tables["Episodes"] if not e["DEC"] and e["LS"] not in ("V3", "V4")}
    assert in_care and all(open_sw[c] == 1 for c in in_care)
    adopted = {e["CHILD"] for e in tables["Episodes"] if e["REC"] in ("E11", "E12")}
    assert adopted and adopted == {r["CHILD"] for r in tables["AD1"]}
    for r in tables["OC3"]:
        assert 17 <= _age(dob[r["CHILD"]], end) <= 21
    for r in tables["OC2"]:
        assert r["CHILD"] in in_care


def test_last_years_open_episodes_continue_this_year(council):
    cur, prev = _read(council / "current"), _read(council / "previous")
    first = {}
    for e in cur["Episodes"]:
        first.setdefault(e["CHILD"], e)
    open_last = [e for e in prev["Episodes"] if not e["DEC"]]
    assert open_last
    for e in open_last:
        now = first[e["CHILD"]]
        place = CARRY_BACK.get(now["PLACE"], now["PLACE"]) if now["PLACE"] != e["PLACE"] else now["PLACE"]  # Z1 -> Z11-Z14
        assert (now["DECOM"], now["LS"], place, now["URN"]) == (e["DECOM"], e["LS"], e["PLACE"], e["URN"])


def test_postcodes_cover_every_postcode_used(council):
    with (council / "reference" / "postcodes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["pcd", "oseast1m", "osnrth1m", "laua"]
    known = {r["pcd"] for r in rows}
    for sub in ("current", "previous"):
        for e in _read(council / sub)["Episodes"]:
            assert {e["HOME_POST"], e["PL_POST"]} - {""} <= known
    assert {r["laua"] for r in rows} > {"E06000058"}  # BCP, and placements with other councils


def test_the_reader_reads_the_files_without_a_bad_value(council):
    from carewatch.returns.ssda903.read import read_903

    schema = load_schema("ssda903", YEAR)
    sub = read_903(council / "current", YEAR)
    assert sub.tables["header"].num_rows > 700
    for table in schema.tables.values():
        typed = sub.tables[table.sql]
        for col in table.columns:
            if col.has_raw:
                raw, value = typed.column(f"{col.name}_raw").to_pylist(), typed.column(col.name).to_pylist()
                assert not [r for r, v in zip(raw, value, strict=True) if r is not None and v is None], (table.name, col.name)


def test_answer_key_names_one_rule_per_broken_child(tmp_path):
    k = len(CATALOGUE) + 5
    summary = write_council(tmp_path, children=1500, seed=2, inject_errors=k)
    with (tmp_path / "answer_key.csv").open(encoding="utf-8") as f:
        key = list(csv.DictReader(f))
    assert summary.injected == len(key) >= len(CATALOGUE) - 2  # a rule may find no record to break in a small council
    assert list(key[0]) == ["rule_code", "table", "child_id"]
    assert len({r["child_id"] for r in key}) == len(key)
    rare = {"702", "120", "601", "331", "113", "624"}  # DoLo (2026-27), reversed and completed adoptions, mothers
    assert {r["rule_code"] for r in key} >= {c for c, *_ in CATALOGUE} - rare
    assert len({kind for *_, kind, _ in CATALOGUE}) >= 8 and len(CATALOGUE) >= 25
    header = {r["CHILD"] for r in _read(tmp_path / "current")["Header"]}
    schema = load_schema("ssda903", YEAR)
    for r in key:
        assert r["child_id"] in header and r["table"] in schema.tables


def test_cli_writes_a_council(tmp_path):
    from carewatch.cli import app

    result = CliRunner().invoke(app, ["synth", "903", str(tmp_path), "--children", "60", "--seed", "1", "--inject-errors", "3"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "current" / "episodes.csv").exists() and (tmp_path / "answer_key.csv").exists()
    bad = CliRunner().invoke(app, ["synth", "903", str(tmp_path), "--la", "000"])
    assert bad.exit_code == 2 and "unknown DfE LA code" in bad.output


def test_dolo_from_2026_27(tmp_path):
    write_council(tmp_path, year="2026-27", children=600, seed=5)
    assert (tmp_path / "current" / "dolo.csv").exists() and not (tmp_path / "previous" / "dolo.csv").exists()
    for r in _read(tmp_path / "current")["DoLo"]:
        assert not r["DOLO_END"] or _d(r["DOLO_END"]) >= _d(r["DOLO_START"])
