"""carewatch synth england: every council sized from the published figures, years laid out as the national
measures read them."""

import csv
from pathlib import Path

import pytest

from carewatch.benchmarks.council_sizes import council_sizes
from carewatch.synth.england import MANIFEST, Council, write_england

TWO = [Council("839", "Bournemouth, Christchurch and Poole", 12, 40), Council("857", "Rutland", 5, 20)]


@pytest.fixture(scope="module")
def england(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("england")
    write_england(out, TWO, ["2022-23", "2023-24", "2024-25"], seed=4, workers=1)
    return out


def test_every_council_and_year_is_laid_out(england: Path) -> None:
    with (england / MANIFEST).open(encoding="utf-8") as f:
        assert [r["la_code"] for r in csv.DictReader(f)] == ["839", "857"]
    for la in ("839", "857"):
        for year in ("2022-23", "2023-24", "2024-25"):
            assert (england / la / year / "903" / "current" / "header.csv").is_file()
            assert (england / la / year / "903" / "reference" / "postcodes.csv").is_file()
        # The CIN census schemas start in 2023-24; 2022-23 has no 903 schema for the year before it, so its
        # return is the next year's `previous`, on its own.
        assert not (england / la / "2022-23" / "cin").exists()
        assert not (england / la / "2022-23" / "903" / "previous").exists()
        assert (england / la / "2024-25" / "cin" / "cin_census.xml").is_file()
        first = (england / la / "2022-23" / "903" / "current" / "episodes.csv").read_bytes()
        assert first == (england / la / "2023-24" / "903" / "previous" / "episodes.csv").read_bytes()


def test_councils_differ_and_a_seed_repeats(england: Path, tmp_path: Path) -> None:
    a = (england / "839" / "2024-25" / "cin" / "cin_census.xml").read_bytes()
    assert a != (england / "857" / "2024-25" / "cin" / "cin_census.xml").read_bytes()
    write_england(tmp_path, TWO[:1], ["2023-24", "2024-25"], seed=4, workers=1)
    assert (tmp_path / "839" / "2024-25" / "cin" / "cin_census.xml").read_bytes() == a


def test_census_holds_the_children_in_need_asked_for(england: Path) -> None:
    text = (england / "839" / "2024-25" / "cin" / "cin_census.xml").read_text(encoding="utf-8")
    assert text.count("<Child>") == 40


def test_sizes_come_from_the_published_figures() -> None:
    sizes = {s.la_code: s for s in council_sizes()}
    assert len(sizes) == 153
    # DfE, children looked after at 31 March 2025 (the check figure: BCP 560).
    assert sizes["839"].looked_after_31_march == 560 and not sizes["839"].estimated
    # City of London's count is suppressed (c) and the Isles of Scilly's not applicable (z): a small stand-in.
    assert sizes["201"].estimated and sizes["420"].estimated and sizes["201"].looked_after_31_march == 3


def test_earliest_year_alone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least two years"):
        write_england(tmp_path, TWO, ["2022-23"], workers=1)
