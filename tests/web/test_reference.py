"""The English LAs and their code history (domain.md §10, rule 15)."""

from datetime import date

import pytest

from carewatch import reference


def test_153_councils_today_each_with_codes_and_region():
    today = reference.authorities()
    assert len(today) == 153
    assert len({la.la_code for la in today}) == 153
    assert len({la.ons_code for la in today}) == 153
    assert all(la.region_code.startswith("E12") and la.region_name for la in today)
    assert all(la.ons_code[:3] in ("E06", "E08", "E09", "E10") for la in today)


def test_bcp_and_dorset_replace_poole_bournemouth_and_dorset_county_in_april_2019():
    bcp = reference.get("839")
    assert (bcp.name, bcp.ons_code, bcp.valid_from) == ("Bournemouth, Christchurch and Poole", "E06000058", date(2019, 4, 1))
    assert reference.get("E06000059").la_code == "838"
    assert reference.get("837").ons_code == "E06000028"  # Bournemouth, from DfE's published statistics
    assert reference.get("836").valid_to == date(2019, 3, 31)
    assert sorted(reference.predecessors("839")) == ["835", "836", "837"]
    on_31_march = {la.la_code for la in reference.authorities(date(2019, 3, 31))}
    on_1_april = {la.la_code for la in reference.authorities(date(2019, 4, 1))}
    assert {"835", "836", "837"} <= on_31_march and not {"838", "839"} & on_31_march
    assert {"838", "839"} <= on_1_april and not {"835", "836", "837"} & on_1_april


def test_later_reorganisations_and_ons_only_changes():
    assert reference.successors("928") == ["940", "941"]
    assert reference.successors("909") == ["942", "943"]
    assert reference.get("815", date(2022, 1, 1)).ons_code == "E10000023"
    assert reference.get("815").ons_code == "E06000065"
    assert reference.get("933", date(2023, 4, 1)).ons_code == "E06000066"
    assert len(reference.authorities(date(2020, 1, 1))) == 151  # before Northamptonshire and Cumbria split


def test_never_both_predecessor_and_successor_on_the_same_day():
    for change in reference.changes():
        for day in (change.date, date(change.date.year, 3, 31)):
            codes = {la.la_code for la in reference.authorities(day)}
            moved = set(change.predecessors) - set(change.successors)
            assert not (moved & codes and set(change.successors) & codes)


def test_statistical_neighbours_are_current_councils():
    today = {la.la_code for la in reference.authorities()}
    bcp = reference.get("839")
    assert bcp.stat_neighbours[:3] == ("822", "882", "886")
    assert all(len(la.stat_neighbours) == 10 and set(la.stat_neighbours) <= today
               for la in reference.authorities() if la.stat_neighbours)


def test_unknown_code_names_what_was_expected():
    with pytest.raises(reference.UnknownLocalAuthority, match="not an English local authority code"):
        reference.get("999")
    with pytest.raises(reference.UnknownLocalAuthority, match="on 2018-01-01"):
        reference.get("839", date(2018, 1, 1))


def test_the_data_file_rebuilds_from_the_published_lookup(tmp_path):
    from pathlib import Path

    from carewatch.reference import build

    provider = Path("/work/shared/data/reference/Provider_data_lookup.csv")
    ees = Path("/work/shared/data/published/b1_children_in_need_2013_to_2025.csv")
    if not (provider.exists() and ees.exists()):
        pytest.skip("the published source files are not on this machine")
    out = tmp_path / "las.csv"
    build.main([str(provider), str(ees), str(out)])
    assert out.read_text() == (Path(reference.__file__).parent / "local_authorities.csv").read_text()


def test_build_refuses_a_file_without_the_columns(tmp_path):
    from carewatch.errors import InputError
    from carewatch.reference import build

    bad = tmp_path / "lookup.csv"
    bad.write_text("urn,name\n1,Somewhere\n")
    with pytest.raises(InputError, match="line 2, column la_code: expected a column named 'la_code'"):
        build.build(bad, bad)
