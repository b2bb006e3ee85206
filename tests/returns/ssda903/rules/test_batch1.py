"""DfE 903 rules, batch 1 (101-199 and 3001): each rule's failing and passing rows side by side.

The collection year is 2025-26 (1 April 2025 to 31 March 2026) unless a test says otherwise."""

from pathlib import Path

import pytest

from .ruletest import run_rule


def ep(child: str, decom: str | None, dec: str | None = None, rec: str | None = None, **more: str | None) -> dict[str, str | None]:
    """An episode row: RNE S, LS C2 and PLACE U4 unless given."""
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "REC": rec, "RNE": "S", "LS": "C2", "PLACE": "U4", **more}


def oc2(child: str, dob: str, **more: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, **more}


# A child looked after all year (in care since 2020, still in care), and one who came into care in the year.
LONG_STAY = ep("L", "01/06/2020")
NEW_IN_YEAR = ep("N", "01/06/2025")
OC2_FULL = {"CONVICTED": "0", "HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def test_101_sex_must_be_m_f_or_u():
    found = run_rule("101", header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "U"}, {"CHILD": "3", "SEX": "1"}, {"CHILD": "4"}, {"CHILD": "5", "SEX": "f"}])
    assert found == {("Header", 3), ("Header", 4)}


def test_101_is_the_2024_25_version():
    with pytest.raises(AssertionError, match="no rule 101 in force"):
        run_rule("101", year="2023-24", header=[{"CHILD": "1", "SEX": "1"}])


def test_102_dob_must_be_a_date():
    found = run_rule("102", header=[{"CHILD": "1", "DOB": "29/02/2012"}, {"CHILD": "2", "DOB": "29/02/2013"}, {"CHILD": "3"}, {"CHILD": "4", "DOB": "2012-01-01"}])
    assert found == {("Header", 2), ("Header", 3), ("Header", 4)}


def test_104_duc_must_be_a_date_not_before_the_year():
    found = run_rule(
        "104",
        uasc=[{"CHILD": "1", "DUC": "01/04/2025"}, {"CHILD": "2", "DUC": "31/03/2025"}, {"CHILD": "3", "DUC": "31/09/2025"}, {"CHILD": "4"}],
    )
    assert found == {("UASC", 2), ("UASC", 3)}


@pytest.mark.parametrize(("code", "table", "sql", "col"), [
    ("112", "AD1", "ad1", "DATE_INT"),
    ("113", "AD1", "ad1", "DATE_MATCH"),
    ("115", "PlacedAdoption", "placed_adoption", "DATE_PLACED"),
    ("116", "PlacedAdoption", "placed_adoption", "DATE_PLACED_CEASED"),
    ("147", "Episodes", "episodes", "DEC"),
    ("171", "Header", "header", "MC_DOB"),
])
def test_optional_dates_must_be_valid_when_given(code, table, sql, col):
    rows = [{"CHILD": "1", col: "15/06/2025"}, {"CHILD": "2", col: "15/13/2025"}, {"CHILD": "3"}, {"CHILD": "4", col: "unknown"}]
    assert run_rule(code, **{sql: rows}) == {(table, 2), (table, 4)}


@pytest.mark.parametrize(("code", "table", "sql", "col", "good", "bad"), [
    ("114", "AD1", "ad1", "FOSTER_CARE", "1", "2"),
    ("120", "PlacedAdoption", "placed_adoption", "REASON_PLACED_CEASED", "RD4", "RD5"),
    ("143", "Episodes", "episodes", "RNE", "T", "X"),
    ("144", "Episodes", "episodes", "LS", "V4", "V1"),
    ("145", "Episodes", "episodes", "CIN", "N8", "N9"),
    ("149", "Episodes", "episodes", "REC", "E4A", "E4"),
    ("175", "AD1", "ad1", "NB_ADOPTR", "2", "3"),
    ("176", "AD1", "ad1", "SEX_ADOPTR", "MF", "FM"),
    ("177", "AD1", "ad1", "LS_ADOPTR", "L12", "L1"),
    ("196", "OC2", "oc2", "SDQ_REASON", "SDQ5", "SDQ6"),
])
def test_optional_codes_must_be_valid_when_given(code, table, sql, col, good, bad):
    rows = [{"CHILD": "1", col: good}, {"CHILD": "2", col: bad}, {"CHILD": "3"}, {"CHILD": "4", col: good.lower()}]
    assert run_rule(code, **{sql: rows}) == {(table, 2)}


@pytest.mark.parametrize(("code", "col", "good", "bad"), [
    ("131", "IN_TOUCH", "NREQ", "MAYBE"),
    ("132", "ACTIV", "G6", "F3"),
    ("133", "ACCOM", "S2", "S1"),
])
def test_care_leaver_codes_must_be_given_and_valid(code, col, good, bad):
    rows = [{"CHILD": "1", col: good}, {"CHILD": "2", col: bad}, {"CHILD": "3"}, {"CHILD": "4", col: "0" if col != "IN_TOUCH" else "YES"}]
    assert run_rule(code, oc3=rows) == {("OC3", 2), ("OC3", 3)}


def test_117_placed_for_adoption_dates_not_after_the_year_or_leaving_care():
    found = run_rule(
        "117",
        episodes=[
            ep("1", "01/05/2025", "01/09/2025", "E11"),  # left care 1 Sept: decision after it is wrong
            ep("2", "01/05/2025", "01/09/2025", "X1"),
            ep("2", "01/09/2025"),  # still in care (open episode is the latest)
            ep("3", "01/05/2025", "01/09/2025", "E4A"),
            ep("4", "01/05/2025"),
            ep("6", "01/05/2025", "01/09/2025", "E13"),
        ],
        placed_adoption=[
            {"CHILD": "1", "DATE_PLACED": "02/09/2025"},
            {"CHILD": "2", "DATE_PLACED": "02/09/2025", "DATE_PLACED_CEASED": "01/12/2025"},
            {"CHILD": "3", "DATE_PLACED": "01/06/2025", "DATE_PLACED_CEASED": "01/09/2025"},  # on the day: fine
            {"CHILD": "4", "DATE_PLACED": "01/04/2026"},  # after the collection year
            {"CHILD": "5", "DATE_PLACED_CEASED": "01/04/2026"},  # no episode: the year end still applies
            {"CHILD": "6", "DATE_PLACED": "01/09/2025"},  # on the day care ended: fine
            {"CHILD": "4", "DATE_PLACED": "31/03/2026", "DATE_PLACED_CEASED": "31/03/2026"},  # the last day: fine
        ],
    )
    assert found == {("PlacedAdoption", 1), ("Episodes", 1), ("PlacedAdoption", 4), ("Episodes", 5), ("PlacedAdoption", 5)}


def test_118_placed_ceased_not_before_the_year_or_care():
    found = run_rule(
        "118",
        episodes=[
            ep("1", "01/03/2025", "01/05/2025", "E4A", LS="V3"),  # short breaks do not count as starting care
            ep("1", "01/06/2025", LS="C2"),
            ep("2", "01/05/2025"),
            ep("3", "01/05/2025"),
        ],
        placed_adoption=[
            {"CHILD": "1", "DATE_PLACED_CEASED": "15/05/2025"},  # before the first non-V3/V4 episode
            {"CHILD": "2", "DATE_PLACED_CEASED": "01/05/2025"},  # same day: fine
            {"CHILD": "3", "DATE_PLACED_CEASED": "31/03/2025"},  # before the collection year
            {"CHILD": "4", "DATE_PLACED_CEASED": "31/03/2025"},  # no episodes: still before the year
            {"CHILD": "3", "DATE_PLACED": "31/03/2025"},  # not ceased: nothing to check
            {"CHILD": "4", "DATE_PLACED_CEASED": "01/04/2025"},  # the first day of the year: fine
        ],
    )
    assert found == {("PlacedAdoption", 1), ("Episodes", 2), ("PlacedAdoption", 3), ("Episodes", 4), ("PlacedAdoption", 4)}


def test_119_placed_ceased_date_and_reason_together():
    found = run_rule(
        "119",
        placed_adoption=[
            {"CHILD": "1", "DATE_PLACED_CEASED": "01/06/2025", "REASON_PLACED_CEASED": "RD1"},
            {"CHILD": "2", "DATE_PLACED_CEASED": "01/06/2025"},
            {"CHILD": "3", "REASON_PLACED_CEASED": "RD1"},
            {"CHILD": "4", "DATE_PLACED": "01/06/2025"},
            {"CHILD": "5", "DATE_PLACED_CEASED": "not known", "REASON_PLACED_CEASED": "RD2"},  # given, if invalid (116)
        ],
    )
    assert found == {("PlacedAdoption", 2), ("PlacedAdoption", 3)}


def test_134_no_adoption_data_for_care_leavers():
    found = run_rule(
        "134",
        ad1=[{"CHILD": "1", "DATE_INT": "01/05/2025"}, {"CHILD": "2", "DATE_INT": "01/05/2025"}, {"CHILD": "3"}, {"CHILD": "4", "NB_ADOPTR": "1"}],
        oc3=[{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "3", "IN_TOUCH": "YES"}, {"CHILD": "4"}],
    )
    assert found == {("AD1", 1)}


def test_142_previous_episode_must_have_ended():
    found = run_rule(
        "142",
        episodes=[
            ep("1", "01/05/2025"),  # open, but a later episode follows
            ep("1", "01/07/2025"),  # latest: may be open
            ep("2", "01/05/2025", "01/07/2025"),  # DEC but no REC
            ep("2", "01/07/2025", "01/08/2025", "X1"),
            ep("2", "01/08/2025"),
            ep("3", "01/05/2025", "01/07/2025", "X1"),
            ep("3", "01/07/2025"),
            ep("4", None),  # no start date: rule 141's business
            ep("4", "01/07/2025"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 3)}


def test_146_placement_codes_of_2025_26():
    found = run_rule(
        "146",
        episodes=[ep("1", "01/05/2025", PLACE="Z11"), ep("2", "01/05/2025", PLACE="Z1"), ep("3", "01/05/2025", PLACE="H5"), ep("4", "01/05/2025", PLACE="P2"), ep("5", "01/05/2025", PLACE="K3"), ep("6", "01/05/2025", PLACE=None)],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 4)}


def test_148_dec_and_rec_together():
    found = run_rule(
        "148",
        episodes=[ep("1", "01/05/2025", "01/06/2025", "X1"), ep("1", "01/06/2025", "01/07/2025"), ep("1", "01/07/2025", None, "E8"), ep("2", "01/05/2025"), ep("3", "01/05/2025", "1 June", "E8")],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_151_adoption_items_all_or_none():
    full = {"DATE_INT": "01/05/2025", "DATE_MATCH": "01/06/2025", "FOSTER_CARE": "0", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF", "LS_ADOPTR": "L11"}
    found = run_rule("151", ad1=[{"CHILD": "1", **full}, {"CHILD": "2", **full, "LS_ADOPTR": None}, {"CHILD": "3"}, {"CHILD": "4", "FOSTER_CARE": "1"}])
    assert found == {("AD1", 2), ("AD1", 4)}


def test_153_care_leaver_items_all_or_none():
    found = run_rule(
        "153",
        oc3=[{"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}, {"CHILD": "2", "IN_TOUCH": "YES", "ACTIV": "F1"}, {"CHILD": "3"}, {"CHILD": "4", "ACCOM": "B1"}],
    )
    assert found == {("OC3", 2), ("OC3", 4)}


def test_continuously_looked_after_is_judged_from_the_episodes():
    """Rule 185 shows who counts as looked after for 12 months at 31 March (the definition rules 157-198 share)."""
    episodes = [
        ep("A", "01/06/2020"),  # in care all year
        ep("B", "01/04/2025"),  # came into care on 1 April: the whole year
        ep("C", "02/04/2025"),  # came in on 2 April: not 12 months
        ep("D", "01/06/2020", "31/03/2026", "E4A"),  # left on 31 March: still counts
        ep("E", "01/06/2020", "30/03/2026", "E4A"),  # left on 30 March
        ep("F", "01/06/2020", "01/09/2025", "X1"), ep("F", "01/09/2025", LS="V2", RNE="L"),
        ep("G", "01/06/2020", "01/09/2025", "X1"), ep("G", "01/09/2025", LS="V3", RNE="L"),  # a short break in the year
        ep("H", "01/06/2020", "31/03/2025", "E4A"),  # left before the year began: not in care this year
        ep("J", "31/03/2026"),  # came into care on the last day
        ep("K", "31/03/2026", RNE="L"),  # (odd) an episode on the last day that does not start care
        ep("M", "01/06/2020", "31/03/2026", "X1"), ep("M", "31/03/2026", LS="V3", RNE="L"),  # short break from 31 March
        ep("P", "01/06/2020", "01/04/2025", "X1"),  # (odd) its last day is the first of the year, then nothing
        ep("Q", "01/06/2020", "01/04/2025", "E4A"),  # left care on 1 April
        ep("R", "01/03/2025", "01/04/2025", "X1", LS="V3"), ep("R", "01/04/2025", RNE="L"),  # short break to 1 April
    ]
    found = run_rule("185", episodes=episodes, oc2=[oc2(c, "01/01/2015", SDQ_SCORE="10") for c in "ABCDEFGHIJKMPQR"], with_children=True)
    assert {child for _, _, child in found} == {"C", "E", "G", "H", "I", "J", "M", "Q", "R"}


def test_looked_after_12_months_is_one_definition():
    """The eight rules that need it carry the same `cla` text, so the test above covers them all."""
    rules = Path(__file__).parents[4] / "src" / "carewatch" / "returns" / "ssda903" / "rules"
    texts = set()
    for code in ("157", "185", "186", "187", "190", "191", "197B", "198"):
        sql = (rules / f"{code}.sql").read_text()
        start = sql.index("-- Looked after continuously")
        texts.add(sql[start: sql.index("\n)\n", start)])
    assert len(texts) == 1


def test_157_sdq1_is_for_the_under_4s_and_over_17s():
    found = run_rule(
        "157",
        episodes=[LONG_STAY, ep("M", "01/06/2020"), ep("P", "01/06/2020"), NEW_IN_YEAR],
        oc2=[
            oc2("L", "01/04/2021", SDQ_REASON="SDQ1"),  # 4 on 1 April 2025
            oc2("M", "02/04/2021", SDQ_REASON="SDQ1"),  # 4 the day after: SDQ1 fits
            oc2("P", "31/03/2010", SDQ_REASON="SDQ1"),  # 16 on 31 March 2026: still 16 or under
            oc2("N", "01/01/2015", SDQ_REASON="SDQ1"),  # not looked after for 12 months
        ],
    )
    assert found == {("OC2", 1), ("OC2", 3)}


def test_158_intervention_received_so_offered_blank():
    found = run_rule(
        "158",
        oc2=[oc2("1", "01/01/2010", INTERVENTION_RECEIVED="1", INTERVENTION_OFFERED="1"), oc2("2", "01/01/2010", INTERVENTION_RECEIVED="1"), oc2("3", "01/01/2010", INTERVENTION_RECEIVED="0", INTERVENTION_OFFERED="1")],
    )
    assert found == {("OC2", 1)}


def test_159_no_intervention_received_so_offered_given():
    found = run_rule(
        "159",
        oc2=[
            oc2("1", "01/01/2010", SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="0"),
            oc2("2", "01/01/2010", SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="0", INTERVENTION_OFFERED="1"),
            oc2("3", "01/01/2010", SUBSTANCE_MISUSE="0", INTERVENTION_RECEIVED="0"),
            oc2("4", "01/01/2010", SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="1"),
        ],
    )
    assert found == {("OC2", 1)}


POSTCODES = [
    {"pcd": "AB1 2CD", "oseast1m": "400000", "osnrth1m": "100000", "laua": "E06000058"},  # the council's own area
    {"pcd": "EF3 4GH", "oseast1m": "420000", "osnrth1m": "130000", "laua": "E07000001"},
    {"pcd": "EH1 1AA", "oseast1m": "325000", "osnrth1m": "673000", "laua": "S12000036"},
]


def test_164_distance_must_be_workable_from_valid_postcodes():
    found = run_rule(
        "164",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("2", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="ZZ9 9ZZ"),  # not a known postcode
            ep("3", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="ZZ9 9ZZ", LS="V3"),  # short break: not asked
            ep("4", "01/05/2025", HOME_POST="ZZ9 9ZZ", PL_POST="EF3 4GH"),  # UASC: not asked
            ep("5", "01/05/2025", PL_POST="EF3 4GH"),  # blank home postcode: left to other rules
            ep("6", "01/05/2025", HOME_POST="ab12cd", PL_POST="EH1 1AA"),
        ],
        uasc=[{"CHILD": "4", "DOB": "01/01/2010"}],
    )
    assert found == {("Episodes", 2)}


@pytest.mark.parametrize("code", ["169", "179"])
def test_169_179_placement_la_and_location_need_a_known_postcode(code):
    found = run_rule(
        code,
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", PL_POST="AB1 2CD"),
            ep("2", "01/05/2025", PL_POST="EH1 1AA"),  # Scotland: SCO / OUT
            ep("3", "01/05/2025", PL_POST="ZZ9 9ZZ"),
            ep("4", "01/05/2025"),
            ep("5", "01/05/2025", LS="V4"),
        ],
    )
    assert found == {("Episodes", 3), ("Episodes", 4)}


def test_165_mother_status():
    found = run_rule(
        "165",
        header=[
            {"CHILD": "1", "SEX": "F", "MOTHER": "1"},
            {"CHILD": "2", "SEX": "F"},  # female in care this year: MOTHER needed
            {"CHILD": "3", "SEX": "M", "MOTHER": "0"},  # male: must be blank
            {"CHILD": "4", "SEX": "M"},
            {"CHILD": "5", "SEX": "F", "MOTHER": "2"},
            {"CHILD": "6", "SEX": "F"},  # only short breaks
            {"CHILD": "7", "SEX": "F"},  # care leaver, no episode this year
            {"CHILD": "8", "SEX": "U"},
            {"CHILD": "9", "SEX": "F"},  # care ended on 1 April 2025: in the year
            {"CHILD": "10", "SEX": "F"},  # care ended on 31 March 2025: not in the year
            {"CHILD": "11", "SEX": "F"},  # care began on 31 March 2026: in the year
        ],
        episodes=[ep(c, "01/05/2025") for c in "123458"] + [ep("6", "01/05/2025", LS="V3")]
        + [ep("9", "01/01/2025", "01/04/2025", "E4A"), ep("10", "01/01/2025", "31/03/2025", "E4A"), ep("11", "31/03/2026")],
        oc3=[{"CHILD": "7", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}, {"CHILD": "2", "IN_TOUCH": "YES"}],
    )
    assert found == {("Header", 2), ("Header", 3), ("Header", 5), ("OC3", 2), ("Header", 9), ("Header", 11)}


def test_166_review_date_valid_and_present():
    found = run_rule("166", reviews=[{"CHILD": "1", "REVIEW": "01/05/2025"}, {"CHILD": "2"}, {"CHILD": "3", "REVIEW": "32/05/2025"}])
    assert found == {("Reviews", 2), ("Reviews", 3)}


def test_167_participation_code_with_each_review():
    found = run_rule(
        "167",
        reviews=[
            {"CHILD": "1", "REVIEW": "01/05/2025", "REVIEW_CODE": "PN1"},
            {"CHILD": "2", "REVIEW": "01/05/2025"},
            {"CHILD": "3", "REVIEW": "01/05/2025", "REVIEW_CODE": "PN8"},
            {"CHILD": "4"},
            {"CHILD": "5", "REVIEW_CODE": "PN1"},
        ],
    )
    assert found == {("Reviews", 2), ("Reviews", 3), ("Reviews", 5)}


def test_168_upn_format():
    upns = ["A123456789012", "A12345678901B", "UN3", "UN6", "I123456789012", "A12345678901", "a123456789012", None, "A1234567890123"]
    found = run_rule("168", header=[{"CHILD": str(i), "UPN": u} for i, u in enumerate(upns, 1)])
    assert found == {("Header", 4), ("Header", 5), ("Header", 6), ("Header", 9)}


def test_174_male_with_a_childs_date_of_birth():
    found = run_rule("174", header=[{"CHILD": "1", "SEX": "M", "MC_DOB": "01/05/2025"}, {"CHILD": "2", "SEX": "F", "MC_DOB": "01/05/2025"}, {"CHILD": "3", "SEX": "M"}])
    assert found == {("Header", 1)}


def test_178_provider_code_valid_and_not_for_temporary_or_other_placements():
    found = run_rule(
        "178",
        episodes=[
            ep("1", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR1"),
            ep("2", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR6"),
            ep("3", "01/05/2025", PLACE="T2", PLACE_PROVIDER="PR1"),
            ep("4", "01/05/2025", PLACE="Z12", PLACE_PROVIDER="PR4"),
            ep("5", "01/05/2025", PLACE="T4", PLACE_PROVIDER="PR1"),  # T4 is not in the 2025-26 list
            ep("6", "01/05/2025", PLACE="T2"),
            ep("7", "01/05/2025", PLACE="U4"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 4)}


def test_180_sdq_score_0_to_40():
    scores = ["0", "40", "41", "-1", "ten", None]
    found = run_rule("180", oc2=[oc2(str(i), "01/01/2015", SDQ_SCORE=s) for i, s in enumerate(scores, 1)])
    assert found == {("OC2", 3), ("OC2", 4), ("OC2", 5)}


def test_181_oc2_flags_0_or_1():
    found = run_rule("181", oc2=[oc2("1", "01/01/2015", **OC2_FULL), oc2("2", "01/01/2015", **{**OC2_FULL, "TEETH_CHECK": "2"}), oc2("3", "01/01/2015"), oc2("4", "01/01/2015", INTERVENTION_OFFERED="Y")])
    assert found == {("OC2", 2), ("OC2", 4)}


def test_182_core_oc2_items_with_the_others():
    found = run_rule(
        "182",
        oc2=[
            oc2("1", "01/01/2015", **OC2_FULL),
            oc2("2", "01/01/2015", **{**OC2_FULL, "IMMUNISATIONS": None}),
            oc2("3", "01/01/2015"),
            oc2("4", "01/01/2015", IMMUNISATIONS="1"),  # only core items: not this rule's concern
        ],
    )
    assert found == {("OC2", 2)}


def test_184_placed_for_adoption_not_before_birth():
    found = run_rule(
        "184",
        header=[{"CHILD": "1", "DOB": "01/05/2024"}, {"CHILD": "2", "DOB": "01/05/2024"}, {"CHILD": "3", "DOB": "01/05/2024"}],
        placed_adoption=[{"CHILD": "1", "DATE_PLACED": "30/04/2024"}, {"CHILD": "2", "DATE_PLACED": "01/05/2024"}, {"CHILD": "3"}],
    )
    assert found == {("PlacedAdoption", 1)}


def test_186_sdq_needed_for_4_to_16_year_olds_looked_after_12_months():
    found = run_rule(
        "186",
        episodes=[ep(c, "01/06/2020") for c in "ABCDE"] + [NEW_IN_YEAR],
        oc2=[
            oc2("A", "01/04/2021"),  # 4 on 1 April
            oc2("B", "02/04/2021"),  # not yet 4 on 1 April
            oc2("C", "01/04/2009"),  # 17 on 1 April 2026, after the year end: still under 17
            oc2("D", "31/03/2009"),  # 17 on 31 March 2026
            oc2("E", "01/01/2015", SDQ_REASON="SDQ2"),
            oc2("N", "01/01/2015"),
        ],
    )
    assert found == {("OC2", 1), ("OC2", 3)}


def test_187_looked_after_12_months_so_no_adoption_or_care_leaver_data():
    found = run_rule(
        "187",
        episodes=[LONG_STAY, NEW_IN_YEAR],
        ad1=[{"CHILD": "L", "DATE_INT": "01/05/2025"}, {"CHILD": "N", "DATE_INT": "01/05/2025"}, {"CHILD": "L"}],
        oc3=[{"CHILD": "L", "IN_TOUCH": "YES"}, {"CHILD": "N", "IN_TOUCH": "YES"}],
    )
    assert found == {("AD1", 1), ("OC3", 1)}


def test_188_no_sdq_under_4():
    found = run_rule(
        "188",
        oc2=[oc2("1", "01/04/2022", SDQ_SCORE="5"), oc2("2", "31/03/2022", SDQ_SCORE="5"), oc2("3", "01/01/2023", SDQ_REASON="SDQ1"), oc2("4", "01/01/2023")],
    )
    assert found == {("OC2", 1), ("OC2", 3)}


def test_189_no_sdq_17_and_over_at_the_start():
    found = run_rule(
        "189",
        oc2=[oc2("1", "31/03/2008", SDQ_SCORE="5"), oc2("2", "01/04/2008", SDQ_SCORE="5"), oc2("3", "01/01/2005", SDQ_REASON="SDQ1"), oc2("4", "01/01/2005")],
    )
    assert found == {("OC2", 1), ("OC2", 3)}


def test_190_no_12_month_items_unless_looked_after_12_months():
    found = run_rule(
        "190",
        episodes=[LONG_STAY, NEW_IN_YEAR],
        oc2=[oc2("L", "01/01/2015", **OC2_FULL), oc2("N", "01/01/2015", CONVICTED="0"), oc2("N", "01/01/2015", SDQ_REASON="SDQ1"), oc2("X", "01/01/2015", HEALTH_CHECK="1")],
    )
    assert found == {("OC2", 2), ("OC2", 4)}


def test_191_12_month_items_needed_when_looked_after_12_months():
    found = run_rule(
        "191",
        episodes=[LONG_STAY, ep("M", "01/06/2020", "01/09/2025", "X1"), ep("M", "01/09/2025", RNE="P"), ep("K", "01/06/2020"), NEW_IN_YEAR],
        oc2=[oc2("L", "01/01/2015", **OC2_FULL), oc2("K", "01/01/2015", **{**OC2_FULL, "SUBSTANCE_MISUSE": None}), oc2("N", "01/01/2015")],
    )
    # K's OC2 row is incomplete; M has no OC2 row at all (reported at M's first episode)
    assert found == {("OC2", 2), ("Episodes", 2)}


def test_192_substance_misuse_needs_intervention_received():
    found = run_rule("192", oc2=[oc2("1", "01/01/2010", SUBSTANCE_MISUSE="1"), oc2("2", "01/01/2010", SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="0"), oc2("3", "01/01/2010", SUBSTANCE_MISUSE="0")])
    assert found == {("OC2", 1)}


def test_193_no_intervention_items_without_substance_misuse():
    found = run_rule(
        "193",
        oc2=[
            oc2("1", "01/01/2010", SUBSTANCE_MISUSE="0", INTERVENTION_RECEIVED="1"),
            oc2("2", "01/01/2010", INTERVENTION_OFFERED="1"),
            oc2("3", "01/01/2010", SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="1"),
            oc2("4", "01/01/2010", SUBSTANCE_MISUSE="0"),
        ],
    )
    assert found == {("OC2", 1), ("OC2", 2)}


def test_197a_no_reason_with_a_score():
    found = run_rule("197a", oc2=[oc2("1", "01/01/2015", SDQ_SCORE="5", SDQ_REASON="SDQ2"), oc2("2", "01/01/2015", SDQ_SCORE="5"), oc2("3", "01/01/2015", SDQ_REASON="SDQ2")])
    assert found == {("OC2", 1)}


def test_197B_sdq_for_children_turning_4_or_17():
    found = run_rule(
        "197B",
        episodes=[ep(c, "01/06/2020") for c in "ABCDE"] + [NEW_IN_YEAR],
        oc2=[
            oc2("A", "31/03/2022"),  # 4 on 31 March 2026
            oc2("B", "01/04/2022"),  # 4 after the year
            oc2("C", "01/04/2008"),  # 17 on 1 April 2025
            oc2("D", "01/06/2008", SDQ_SCORE="12"),
            oc2("E", "01/01/2015"),  # 11 all year
            oc2("N", "01/06/2008"),  # not looked after 12 months
        ],
    )
    assert found == {("OC2", 1), ("OC2", 3)}


def test_198_no_sdq_reason_unless_looked_after_12_months():
    found = run_rule("198", episodes=[LONG_STAY, NEW_IN_YEAR], oc2=[oc2("L", "01/01/2015", SDQ_REASON="SDQ4"), oc2("N", "01/01/2015", SDQ_REASON="SDQ4"), oc2("N", "01/01/2015")])
    assert found == {("OC2", 2)}


def test_199_no_care_after_an_adoption():
    found = run_rule(
        "199",
        episodes=[
            ep("1", "01/06/2025"),  # adopted last year
            ep("2", "01/05/2025", "01/08/2025", "E11"),  # adopted this year...
            ep("2", "01/10/2025"),  # ...and back in care under the same ID
            ep("3", "01/05/2025", "01/08/2025", "E12"),
            ep("4", "01/05/2025"),
        ],
        last={"episodes": [ep("1", "01/05/2024", "01/10/2024", "E11"), ep("4", "01/05/2024", "01/10/2024", "E4A")]},
    )
    assert found == {("Episodes", 1), ("Episodes", 3)}


def test_3001_no_former_foster_carer_accommodation_at_17():
    found = run_rule(
        "3001",
        header=[{"CHILD": c, "DOB": d} for c, d in (("1", "01/04/2008"), ("2", "31/03/2009"), ("3", "01/04/2009"), ("4", "01/01/2006"))],
        oc3=[{"CHILD": "1", "ACCOM": "Z1"}, {"CHILD": "2", "ACCOM": "Z2"}, {"CHILD": "3", "ACCOM": "Z1"}, {"CHILD": "4", "ACCOM": "Z1"}, {"CHILD": "1", "ACCOM": "B1"}],
    )
    assert found == {("OC3", 1), ("OC3", 2)}


def test_165_reads_male_and_female_from_the_years_sex_codes():
    found = run_rule(
        "165",
        year="2023-24",
        header=[{"CHILD": "1", "SEX": "2"}, {"CHILD": "2", "SEX": "1", "MOTHER": "0"}, {"CHILD": "3", "SEX": "2", "MOTHER": "0"}, {"CHILD": "4", "SEX": "1"}],
        episodes=[ep(c, "01/05/2023") for c in "1234"],
    )
    assert found == {("Header", 1), ("Header", 2)}


@pytest.mark.parametrize("field", ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"])
def test_191_each_12_month_item_is_needed(field):
    found = run_rule("191", episodes=[LONG_STAY], oc2=[oc2("L", "01/01/2015", **{**OC2_FULL, field: None})])
    assert found == {("OC2", 1)}


@pytest.mark.parametrize("field", list(OC2_FULL) + ["INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"])
def test_190_any_12_month_item_counts(field):
    found = run_rule("190", episodes=[NEW_IN_YEAR], oc2=[oc2("N", "01/01/2015", **{field: "1"})])
    assert found == {("OC2", 1)}


@pytest.mark.parametrize(("table", "field", "value"), [
    ("ad1", "DATE_INT", "01/05/2025"), ("ad1", "DATE_MATCH", "bad"), ("ad1", "FOSTER_CARE", "0"),
    ("ad1", "NB_ADOPTR", "1"), ("ad1", "SEX_ADOPTR", "F1"), ("ad1", "LS_ADOPTR", "L0"),
    ("oc3", "IN_TOUCH", "YES"), ("oc3", "ACTIV", "F1"), ("oc3", "ACCOM", "B1"),
])
def test_187_any_adoption_or_care_leaver_item_counts(table, field, value):
    found = run_rule("187", episodes=[LONG_STAY], **{table: [{"CHILD": "L", field: value}]})
    assert found == {({"ad1": "AD1", "oc3": "OC3"}[table], 1)}


def test_105_uasc_flag_must_be_0_or_1():
    found = run_rule("105", header=[{"CHILD": "1", "UASC": "0"}, {"CHILD": "2", "UASC": "1"}, {"CHILD": "3", "UASC": "2"},
                                    {"CHILD": "4"}, {"CHILD": "5", "UASC": " "}, {"CHILD": "6", "UASC": "Y"}])
    assert found == {("Header", 3), ("Header", 4), ("Header", 5), ("Header", 6)}


def _105_findings(submission) -> set[tuple]:
    from carewatch.engine.run import validate
    from tests.support.rules import rule

    result = validate([rule("ssda903", "105", "2025-26")], submission, la_code="839")
    return {(f["table"], f["row_id"]) for f in result.findings.to_pylist()}


def test_105_csv_header_uasc_is_derived_from_the_uasc_file(tmp_path: Path):
    from carewatch.returns.ssda903.read import read_903

    # The DfE CSV Header has no UASC column: the file must still be recognised as the Header table.
    (tmp_path / "header.csv").write_text("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,M,01/02/2010,WBRI,,,\nB,F,01/02/2011,WBRI,,,\n")
    (tmp_path / "uasc.csv").write_text("CHILD,SEX,DOB,DUC\nB ,F,01/02/2011,01/02/2029\n")
    sub = read_903(tmp_path, "2025-26")
    assert sub.sources["header"] == "header.csv"
    assert sub.tables["header"].column("UASC").to_pylist() == ["0", "1"]
    assert _105_findings(sub) == set()
    (tmp_path / "uasc.csv").unlink()  # no UASC file: nobody is UASC
    assert read_903(tmp_path, "2025-26").tables["header"].column("UASC").to_pylist() == ["0", "0"]


def test_105_xml_header_uasc_is_read_as_sent(tmp_path: Path):
    from carewatch.returns.ssda903.read import read_903

    children = "".join(
        f"<CHILD><HEADER><CHILDID>C{i}</CHILDID><SEX>M</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC>{uasc}</HEADER></CHILD>"
        for i, uasc in enumerate(["<UASC>0</UASC>", "<UASC>1</UASC><DUC>01/02/2028</DUC>", "<UASC></UASC>", "", "<UASC>2</UASC>"], 1)
    )
    path = tmp_path / "return.xml"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<EXPSSDA903>{children}</EXPSSDA903>\n')
    sub = read_903(path, "2025-26")
    assert sub.tables["header"].column("UASC").to_pylist() == ["0", "1", None, None, "2"]
    assert _105_findings(sub) == {("Header", 3), ("Header", 4), ("Header", 5)}
