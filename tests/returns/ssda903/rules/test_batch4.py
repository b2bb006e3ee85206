"""DfE 903 rules, batch 4 (501-586): each rule's failing and passing rows side by side.

The collection year is 2025-26 (1 April 2025 to 31 March 2026) unless a test says otherwise."""

import pytest

from .ruletest import run_rule


def ep(child: str, decom: str, dec: str | None = None, rec: str | None = None, **more: str | None) -> dict[str, str | None]:
    """An episode row: RNE S, LS C2, CIN N1, PLACE U4 and provider PR1 unless given."""
    row = {"CHILD": child, "DECOM": decom, "DEC": dec, "REC": rec, "RNE": "S", "LS": "C2", "CIN": "N1", "PLACE": "U4", "PLACE_PROVIDER": "PR1"}
    return {**row, **more}


def pa(child: str, placed: str | None, ceased: str | None = None, reason: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "DATE_PLACED": placed, "DATE_PLACED_CEASED": ceased, "REASON_PLACED_CEASED": reason}


def mis(child: str, start: str | None, end: str | None = None, kind: str | None = "M", dob: str = "01/01/2010") -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, "MISSING": kind, "MIS_START": start, "MIS_END": end}


# --- episodes: order and carry-over from last year -------------------------------------------------------------


def test_501_episode_cannot_start_before_the_previous_one_ended():
    found = run_rule(
        "501",
        episodes=[
            ep("1", "01/06/2025", "04/06/2025", "X1"),
            ep("1", "02/06/2025", "06/06/2025", "X1"),  # starts before the previous ended
            ep("1", "06/06/2025"),  # starts the day the previous ended: fine
            ep("2", "04/06/2025"),  # open episode ...
            ep("2", "05/06/2025"),  # ... has no end to compare with
            ep("3", "10/06/2025", "12/06/2025", "E11"),
            ep("3", "01/05/2025", "11/06/2025", "X1"),  # rows out of order are compared in date order
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 6)}


def test_502_first_episode_must_start_when_last_years_open_episode_did():
    found = run_rule(
        "502",
        episodes=[ep("1", "01/06/2024"), ep("1", "01/09/2025"), ep("2", "05/06/2024"), ep("3", "01/05/2025"), ep("4", "02/02/2025")],
        last={"episodes": [
            ep("1", "01/06/2024"),  # same start: fine
            ep("2", "09/06/2024"),  # different start
            ep("3", "01/01/2025", "01/02/2025", "E4A"),  # closed last year: not compared
            ep("4", "01/02/2025"),
        ]},
    )
    assert found == {("Episodes", 3), ("Episodes", 5)}


@pytest.mark.parametrize(("code", "field", "same", "different"), [
    ("503A", "RNE", "P", "T"),
    ("503B", "LS", "C2", "E1"),
    ("503C", "CIN", "N1", "N4"),
    ("503D", "PLACE", "U4", "K2"),
    ("503E", "PLACE_PROVIDER", "PR1", "PR4"),
    ("503F", "URN", "SC123456", "1234567"),
])
def test_503_first_episode_must_match_last_years_open_episode(code, field, same, different):
    last = [
        ep("1", "01/01/2024", "01/06/2024", "X1", **{field: different}),  # earlier episode: not the one compared
        ep("1", "01/06/2024", **{field: same}),
        ep("2", "01/06/2024", **{field: same}),
        ep("3", "01/06/2024", "01/03/2025", "E4A", **{field: same}),  # closed: not compared
        ep("4", "01/06/2024", **{field: same}),
        ep("5", "01/06/2024", **{field: same}),
    ]
    this = [
        ep("1", "01/06/2024", "01/07/2025", "X1", **{field: same}),
        ep("1", "01/07/2025", **{field: different}),  # a later episode may differ
        ep("2", "01/06/2024", **{field: different}),
        ep("3", "01/05/2025", **{field: different}),
        ep("4", "01/06/2024", **{field: None}),  # blank against a value
        ep("5", "01/07/2025", **{field: same}),
        ep("5", "01/06/2024", "01/07/2025", "X1", **{field: None}),  # the first episode is blank, a later one is not
    ]
    assert run_rule(code, episodes=this, last={"episodes": last}) == {("Episodes", 3), ("Episodes", 5), ("Episodes", 7)}


def test_503d_lets_z1_carry_over_as_z11_to_z14_in_2025_26_only():
    last = {"episodes": [ep("1", "01/06/2024", PLACE="Z1"), ep("2", "01/06/2024", PLACE="Z1"), ep("3", "01/06/2024", PLACE="H5")]}
    this = [ep("1", "01/06/2024", PLACE="Z13"), ep("2", "01/06/2024", PLACE="U4"), ep("3", "01/06/2024", PLACE="K3")]
    assert run_rule("503D", episodes=this, last=last) == {("Episodes", 2), ("Episodes", 3)}
    assert run_rule("503D", year="2026-27", episodes=this, last=last) == {("Episodes", 1), ("Episodes", 2), ("Episodes", 3)}


POSTCODES: dict[str, list[dict[str, str | None]]] = {"postcodes": [
    # Home in Bournemouth, Christchurch and Poole (839); placements 1.0, 1.1 and 3.0 miles away there, and one in
    # Southampton 100 miles away.
    {"pcd": "BH1 1AA", "oseast1m": "408000", "osnrth1m": "91000", "laua": "E06000058"},
    {"pcd": "BH2 2BB", "oseast1m": "409610", "osnrth1m": "91000", "laua": "E06000058"},
    {"pcd": "BH3 3CC", "oseast1m": "409770", "osnrth1m": "91000", "laua": "E06000058"},
    {"pcd": "BH4 4DD", "oseast1m": "412830", "osnrth1m": "91000", "laua": "E06000058"},
    {"pcd": "SO1 1AA", "oseast1m": "568930", "osnrth1m": "91000", "laua": "E06000045"},
]}


def geo_ep(child: str, home: str, placed: str, decom: str = "01/06/2024") -> dict[str, str | None]:
    return ep(child, decom, HOME_POST=home, PL_POST=placed)


@pytest.mark.parametrize(("code", "expected"), [
    # child 1 same placement; 2 moved from 3.0 to 1.0 miles away; 3 moved out of the area; 4 unknown last year
    ("503G", {("Episodes", 2), ("Episodes", 3), ("Episodes", 4)}),
    ("503H", {("Episodes", 3), ("Episodes", 4)}),
    ("503J", {("Episodes", 3), ("Episodes", 4)}),
])
def test_503g_h_j_derived_placement_fields_must_match_last_years_open_episode(code, expected):
    last = {"episodes": [
        geo_ep("1", "BH1 1AA", "BH2 2BB"),
        geo_ep("2", "BH1 1AA", "BH4 4DD"),
        geo_ep("3", "BH1 1AA", "BH2 2BB"),
        geo_ep("4", "BH1 1AA", "XX9 9XX"),
    ]}
    this = [
        geo_ep("1", "BH1 1AA", "BH2 2BB"),
        geo_ep("2", "BH1 1AA", "BH2 2BB"),
        geo_ep("3", "BH1 1AA", "SO1 1AA"),
        geo_ep("4", "BH1 1AA", "BH2 2BB"),
    ]
    assert run_rule(code, episodes=this, last=last, reference=POSTCODES) == expected


def test_503g_ignores_a_rounding_difference_of_a_tenth_of_a_mile():
    # 1,610 m = 1.0 mile and 1,770 m = 1.1 miles: under the 0.2 tolerance.
    last = {"episodes": [geo_ep("1", "BH1 1AA", "BH3 3CC")]}
    assert run_rule("503G", episodes=[geo_ep("1", "BH1 1AA", "BH2 2BB")], last=last, reference=POSTCODES) == set()


def test_504_category_of_need_stays_the_same_through_a_period_of_care():
    found = run_rule(
        "504",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "X1", CIN="N1"),
            ep("1", "01/06/2025", "01/07/2025", "X1", CIN="N2"),  # changed in the period
            ep("1", "01/07/2025", "01/08/2025", "E4A", CIN="N2"),  # still differs from the start of the period
            ep("1", "01/09/2025", CIN="N3"),  # a new period may have another need
            ep("2", "01/05/2025", "01/06/2025", "E4A", CIN="N1"),
            ep("2", "01/06/2025", CIN="N5"),  # left care and came back the same day: new period
            ep("3", "01/05/2025", "01/06/2025", "X1", CIN="N1"),
            ep("3", "02/06/2025", CIN="N4"),  # a gap starts a new period
            ep("4", "01/05/2025", "01/06/2025", "X1", CIN=None),
            ep("4", "01/06/2025", CIN="N1"),  # differs from the blank at the start
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 10)}


# --- adopters (AD1) ---------------------------------------------------------------------------------------------


def ad1(child: str, ls: str | None, sex: str | None, nb: str | None = None, **more: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "LS_ADOPTR": ls, "SEX_ADOPTR": sex, "NB_ADOPTR": nb, **more}


def test_511_two_adopters_must_be_a_couple():
    rows = [ad1("1", None, "MF", "2"), ad1("2", None, "M1", "2"), ad1("3", None, "F1", "2"), ad1("4", None, "F1", "1"), ad1("5", None, None, "2")]
    assert run_rule("511", ad1=rows) == {("AD1", 2), ("AD1", 3)}


@pytest.mark.parametrize(("code", "ls", "good", "bad"), [
    ("514", "L0", ["M1", "F1"], ["MF", "FF", None]),
    ("517", "L3", ["MF"], ["MM", "F1", None]),
    ("518", "L4", ["MM", "FF"], ["MF", "M1", None]),
    ("519", "L2", ["MM", "FF", "MF"], ["M1", "F1", None]),
    ("520", "L11", ["MF"], ["MM", "FF", None]),
    ("524", "L12", ["MM", "FF"], ["MF", "F1", None]),
])
def test_adopters_legal_status_must_fit_their_sexes(code, ls, good, bad):
    rows = [ad1(str(i), ls, sex) for i, sex in enumerate(good + bad)]
    rows.append(ad1("other", "L99" if ls != "L0" else "L11", bad[0]))  # another legal status: not this rule's business
    expected = {("AD1", len(good) + i + 1) for i in range(len(bad))}
    assert run_rule(code, ad1=rows) == expected


# --- placements and providers ------------------------------------------------------------------------------------


def test_516_special_guardianship_to_former_foster_carer_needs_a_foster_placement():
    found = run_rule(
        "516",
        episodes=[
            ep("1", "01/05/2025", "01/09/2025", "E45", PLACE="U1"),
            ep("2", "01/05/2025", "01/09/2025", "E46", PLACE="U6"),
            ep("3", "01/05/2025", "01/09/2025", "E45", PLACE="K2"),
            ep("4", "01/05/2025", "01/09/2025", "E46", PLACE=None),
            ep("5", "01/05/2025", "01/09/2025", "E47", PLACE="K2"),
        ],
    )
    assert found == {("Episodes", 3), ("Episodes", 4)}


def test_526_placement_provider_needed_except_temporary_and_other_placements():
    found = run_rule(
        "526",
        episodes=[
            ep("1", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR1"),
            ep("2", "01/05/2025", PLACE="U4", PLACE_PROVIDER=None),
            ep("3", "01/05/2025", PLACE="T2", PLACE_PROVIDER=None),
            ep("4", "01/05/2025", PLACE="Z12", PLACE_PROVIDER=None),
            ep("5", "01/05/2025", PLACE="Z1", PLACE_PROVIDER=None),  # Z1 no longer exists in 2025-26
            ep("6", "01/05/2025", PLACE=None, PLACE_PROVIDER=None),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 5), ("Episodes", 6)}


def test_526_is_the_2025_26_version():
    with pytest.raises(AssertionError, match="no rule 526 in force"):
        run_rule("526", year="2024-25", episodes=[ep("1", "01/05/2024")])


@pytest.mark.parametrize(("code", "provider", "barred", "allowed"), [
    ("527", "PR1", ["P1", "R2", "R5"], ["U4", "K2", "R1"]),
    ("528", "PR2", ["P1", "R2", "R5"], ["U4", "K2", "R1"]),
    ("529", "PR3", ["P1", "A3", "A6", "K1", "K2", "U1", "U6"], ["R2", "R5", "S1"]),
    ("530", "PR4", ["P1"], ["K2", "U4"]),
    ("531", "PR5", ["P1"], ["K2", "U4"]),
])
def test_provider_cannot_run_these_placements(code, provider, barred, allowed):
    rows = [ep(str(i), "01/05/2025", PLACE=p, PLACE_PROVIDER=provider) for i, p in enumerate(allowed + barred)]
    rows += [ep("x", "01/05/2025", PLACE=barred[0], PLACE_PROVIDER="PR0" if provider != "PR0" else "PR1")]
    expected = {("Episodes", len(allowed) + i + 1) for i in range(len(barred))}
    assert run_rule(code, episodes=rows) == expected


def test_550_provider_pr0_only_for_placement_with_parents():
    rows = [
        ep("1", "01/05/2025", PLACE="P1", PLACE_PROVIDER="PR0"),
        ep("2", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR0"),
        ep("3", "01/05/2025", PLACE=None, PLACE_PROVIDER="PR0"),
        ep("4", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR1"),
    ]
    assert run_rule("550", episodes=rows) == {("Episodes", 2), ("Episodes", 3)}


# --- adoption decisions (AD1, PlacedAdoption) -------------------------------------------------------------------


def test_521_decision_adoption_is_best_must_not_follow_placement_for_adoption():
    found = run_rule(
        "521",
        episodes=[
            ep("1", "01/06/2025", PLACE="A5"),
            ep("2", "01/06/2025", PLACE="A3"),
            ep("3", "01/06/2025", PLACE="U4"),  # not an adoption placement
            ep("4", "01/06/2025", PLACE="A6"),
        ],
        ad1=[
            {"CHILD": "1", "DATE_INT": "01/06/2025"},  # same day: fine
            {"CHILD": "2", "DATE_INT": "02/06/2025"},
            {"CHILD": "3", "DATE_INT": "02/06/2025"},
            {"CHILD": "4"},
        ],
    )
    assert found == {("Episodes", 2), ("AD1", 2)}


def test_522_decision_reversed_cannot_precede_the_decision():
    rows = [pa("1", "01/06/2025", "01/06/2025", "RD1"), pa("2", "01/06/2025", "31/05/2025", "RD1"), pa("3", "01/06/2025"), pa("4", None, "31/05/2025")]
    assert run_rule("522", placed_adoption=rows) == {("PlacedAdoption", 2)}


def test_523_date_should_be_placed_matches_date_adoption_in_best_interest():
    found = run_rule(
        "523",
        placed_adoption=[pa("1", "01/06/2025"), pa("2", "01/06/2025"), pa("3", None), pa("4", "01/06/2025")],
        ad1=[{"CHILD": "1", "DATE_INT": "01/06/2025"}, {"CHILD": "2", "DATE_INT": "02/06/2025"}, {"CHILD": "3", "DATE_INT": "02/06/2025"}],
    )
    assert found == {("PlacedAdoption", 2), ("AD1", 2)}


def test_525_reversed_decision_cannot_have_adoption_details():
    found = run_rule(
        "525",
        placed_adoption=[pa("1", "01/06/2025", "01/09/2025", "RD1"), pa("2", "01/06/2025", "01/09/2025", "RD3"), pa("3", "01/06/2025"), pa("4", "01/06/2025", "01/09/2025")],
        ad1=[
            {"CHILD": "1", "DATE_MATCH": "01/08/2025"},
            {"CHILD": "2"},  # nothing completed
            {"CHILD": "3", "DATE_INT": "01/06/2025", "NB_ADOPTR": "1"},  # decision stands
            {"CHILD": "4", "LS_ADOPTR": "L0"},
        ],
    )
    assert found == {("PlacedAdoption", 1), ("AD1", 1), ("PlacedAdoption", 4), ("AD1", 4)}


# --- outcomes (OC2): ages at 31 March and children looked after continuously for 12 months ---------------------

# Child "L" has been looked after since 2020 and still is; "N" came into care this year.
LONG_STAY = [ep("L", "01/06/2020")]
NEW_IN_YEAR = [ep("N", "01/06/2025")]
OC2_HEALTH = {"IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def oc2(child: str, dob: str, **more: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, **more}


def test_542_no_conviction_information_under_10():
    rows = [
        oc2("1", "01/04/2016", CONVICTED="0"),  # 9 on 31 March 2026
        oc2("2", "31/03/2016", CONVICTED="0"),  # 10 that day
        oc2("3", "01/04/2016"),
        oc2("4", "01/04/2010", CONVICTED="1"),
    ]
    assert run_rule("542", oc2=rows) == {("OC2", 1)}


def test_543_conviction_information_needed_from_10_when_looked_after_all_year():
    found = run_rule(
        "543",
        episodes=[*LONG_STAY, *NEW_IN_YEAR, ep("M", "01/06/2020")],
        oc2=[
            oc2("L", "31/03/2016"),  # 10 on 31 March: needed
            oc2("L", "01/04/2016"),  # 9
            oc2("N", "01/01/2010"),  # not looked after all year
            oc2("M", "01/01/2010", CONVICTED="0"),
        ],
    )
    assert found == {("OC2", 1)}


def test_543_children_who_left_or_had_short_breaks_are_not_continuously_looked_after():
    found = run_rule(
        "543",
        episodes=[
            ep("A", "01/06/2020", "01/12/2025", "E4A"),  # left care in the year
            ep("B", "01/06/2020", "31/03/2026", "E4A"),  # left on 31 March: still looked after all year
            ep("C", "01/06/2020", LS="V3"),  # short breaks
            ep("D", "01/06/2020", "01/07/2025", "X1"),
            ep("D", "01/07/2025", RNE="P"),
        ],
        oc2=[oc2(c, "01/01/2010") for c in "ABCD"],
    )
    assert found == {("OC2", 2), ("OC2", 4)}


def test_544_conviction_recorded_needs_the_health_items():
    rows = [
        oc2("1", "01/01/2010", CONVICTED="1", **OC2_HEALTH),
        oc2("2", "01/01/2010", CONVICTED="1", **{**OC2_HEALTH, "TEETH_CHECK": None}),
        oc2("3", "01/01/2010", CONVICTED="1", **{**OC2_HEALTH, "SUBSTANCE_MISUSE": None}),
        oc2("4", "01/01/2010", CONVICTED="0"),
    ]
    assert run_rule("544", oc2=rows) == {("OC2", 2), ("OC2", 3)}


def test_545_health_promotion_needed_under_5_when_looked_after_all_year():
    found = run_rule(
        "545",
        episodes=[*LONG_STAY, *NEW_IN_YEAR],
        oc2=[
            oc2("L", "01/04/2021"),  # 4 on 31 March 2026
            oc2("L", "31/03/2021"),  # 5 that day
            oc2("L", "01/04/2021", HEALTH_CHECK="0"),
            oc2("N", "01/04/2021"),
        ],
    )
    assert found == {("OC2", 1)}


def test_546_no_health_promotion_from_5():
    found = run_rule(
        "546",
        episodes=[*LONG_STAY, *NEW_IN_YEAR],
        oc2=[
            oc2("L", "31/03/2021", HEALTH_CHECK="1"),  # 5 on 31 March 2026
            oc2("L", "01/04/2021", HEALTH_CHECK="1"),  # 4
            oc2("L", "01/01/2015"),
            oc2("N", "01/01/2015", HEALTH_CHECK="1"),  # not looked after all year (rule 190's business)
        ],
    )
    assert found == {("OC2", 1)}


def test_547_health_promotion_recorded_needs_the_health_items():
    rows = [
        oc2("1", "01/01/2022", HEALTH_CHECK="1", **OC2_HEALTH),
        oc2("2", "01/01/2022", HEALTH_CHECK="1", **{**OC2_HEALTH, "IMMUNISATIONS": None}),
        oc2("3", "01/01/2022", HEALTH_CHECK="0"),
    ]
    assert run_rule("547", oc2=rows) == {("OC2", 2)}


# --- placed for adoption ----------------------------------------------------------------------------------------


def test_551_adoption_placement_needs_a_decision_date():
    found = run_rule(
        "551",
        episodes=[ep("1", "01/06/2025", PLACE="A4"), ep("2", "01/06/2025", PLACE="A4"), ep("3", "01/06/2025", PLACE="A6"), ep("4", "01/06/2025", PLACE="U4")],
        placed_adoption=[pa("1", "01/05/2025"), pa("3", None)],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_552_decision_must_not_follow_the_first_adoption_placement():
    found = run_rule(
        "552",
        episodes=[
            ep("1", "01/06/2025", "01/07/2025", "X1", PLACE="A4"),
            ep("1", "01/07/2025", PLACE="A3"),
            ep("2", "01/06/2025", "01/07/2025", "X1", PLACE="A4"),
            ep("2", "01/07/2025", PLACE="A3"),
            ep("3", "01/06/2025", PLACE="U4"),
        ],
        placed_adoption=[
            pa("1", "01/01/2025", "01/02/2025", "RD1"),
            pa("1", "20/06/2025"),  # latest decision after the first placement
            pa("2", "01/06/2025"),  # same day: fine
            pa("3", "01/07/2025"),
        ],
    )
    assert found == {("Episodes", 1), ("PlacedAdoption", 2)}


def test_553_placement_order_needs_a_standing_decision():
    found = run_rule(
        "553",
        episodes=[
            ep("1", "01/06/2025", LS="E1"),
            ep("2", "01/06/2025", LS="E1"),  # no decision recorded
            ep("3", "01/06/2025", LS="E1"),  # open, but the decision was reversed
            ep("4", "01/06/2025", "01/09/2025", "E4A", LS="E1"),  # closed: a reversal is expected
        ],
        placed_adoption=[pa("1", "01/05/2025"), pa("3", "01/05/2025", "01/08/2025", "RD1"), pa("4", "01/05/2025", "01/09/2025", "RD1")],
    )
    assert found == {("Episodes", 2), ("PlacedAdoption", 2)}


def test_554_decision_must_not_follow_the_placement_order():
    found = run_rule(
        "554",
        episodes=[
            ep("1", "01/06/2025", "01/07/2025", "X1", LS="C2"),
            ep("1", "01/07/2025", LS="E1"),
            ep("2", "01/06/2025", "01/07/2025", "X1", LS="E1"),
            ep("2", "01/07/2025", LS="E1"),
        ],
        placed_adoption=[pa("1", "01/07/2025"), pa("2", "15/06/2025")],
    )
    assert found == {("Episodes", 3), ("PlacedAdoption", 2)}  # the first E1 episode is the one reported


def test_557_left_care_not_adopted_needs_the_decision_reversed():
    found = run_rule(
        "557",
        episodes=[
            ep("1", "01/06/2025", "01/09/2025", "E4A", PLACE="A5", LS="E1"),  # reversal complete
            ep("2", "01/06/2025", "01/09/2025", "E4A", PLACE="A5", LS="E1"),  # reason missing
            ep("3", "01/06/2025", "01/09/2025", "E13", LS="E1", PLACE="U4"),  # no decision at all
            ep("4", "01/06/2025", "01/09/2025", "E11", PLACE="A5", LS="E1"),  # adopted
            ep("5", "01/06/2025", "01/09/2025", "X1", PLACE="A5", LS="E1"),  # did not leave care
            ep("6", "01/06/2025", "01/09/2025", "E4A", PLACE="U4", LS="D1"),  # freeing orders no longer count
        ],
        placed_adoption=[pa("1", "01/05/2025", "01/09/2025", "RD1"), pa("2", "01/05/2025", "01/09/2025"), pa("4", "01/05/2025"), pa("5", "01/05/2025"), pa("6", "01/05/2025")],
    )
    assert found == {("Episodes", 2), ("PlacedAdoption", 2), ("Episodes", 3)}


def test_558_adopted_child_with_several_decisions_keeps_the_latest_standing():
    found = run_rule(
        "558",
        episodes=[ep("1", "01/06/2025", "01/02/2026", "E11"), ep("2", "01/06/2025", "01/02/2026", "E12"), ep("3", "01/06/2025", "01/02/2026", "E11")],
        placed_adoption=[
            pa("1", "01/01/2024", "01/06/2024", "RD1"),
            pa("1", "01/07/2024", "01/08/2024", "RD1"),  # every decision reversed
            pa("2", "01/01/2024", "01/06/2024", "RD1"),
            pa("2", "01/07/2024"),
            pa("3", "01/01/2024", "01/06/2024", "RD1"),  # a single decision
        ],
    )
    assert found == {("Episodes", 1)}


def test_559_decision_before_this_year_must_be_in_last_years_return():
    found = run_rule(
        "559",
        placed_adoption=[pa("1", "01/03/2025"), pa("2", "01/03/2025"), pa("3", "01/04/2025"), pa("4", "01/03/2025")],
        last={"placed_adoption": [pa("1", "01/03/2025"), pa("4", None)]},
    )
    assert found == {("PlacedAdoption", 2), ("PlacedAdoption", 4)}


def test_560_standing_decision_keeps_its_date():
    found = run_rule(
        "560",
        placed_adoption=[pa("1", "01/03/2025"), pa("2", "02/03/2025"), pa("3", "01/06/2025"), pa("4", None)],
        last={"placed_adoption": [pa("1", "01/03/2025"), pa("2", "01/03/2025"), pa("3", "01/03/2025", "01/03/2025", "RD1"), pa("4", "01/03/2025")]},
    )
    assert found == {("PlacedAdoption", 2), ("PlacedAdoption", 4)}


def test_561_reversed_decision_cannot_reappear_with_the_same_date():
    found = run_rule(
        "561",
        placed_adoption=[pa("1", "01/03/2025"), pa("2", "01/03/2025"), pa("3", "01/03/2025")],
        last={"placed_adoption": [pa("1", "01/03/2025"), pa("2", "01/03/2025", None, "RD1"), pa("3", "01/02/2025", "01/03/2025", "RD1")]},
    )
    assert found == {("PlacedAdoption", 2)}


def test_562_episode_from_before_this_year_must_be_last_years_final_episode():
    found = run_rule(
        "562",
        episodes=[
            ep("1", "01/06/2024", "01/05/2025", "X1"),
            ep("1", "01/05/2025"),
            ep("2", "01/07/2024"),  # last year's final episode started on another day
            ep("3", "01/01/2025"),  # not in last year's return
            ep("4", "01/05/2025"),  # started this year
        ],
        last={"episodes": [ep("1", "01/01/2024", "01/06/2024", "X1"), ep("1", "01/06/2024"), ep("2", "01/06/2024")]},
    )
    assert found == {("Episodes", 3), ("Episodes", 4)}


def test_563_reversed_decision_needs_its_decision_date():
    rows = [pa("1", "01/03/2025", "01/06/2025", "RD1"), pa("2", None, "01/06/2025", "RD1"), pa("3", None, None, "RD1"), pa("4", "bad", "01/06/2025", "RD2")]
    assert run_rule("563", placed_adoption=rows) == {("PlacedAdoption", 2)}


# --- missing or away from placement -----------------------------------------------------------------------------


def test_564_missing_needs_a_start_date():
    rows = [mis("1", "01/06/2025"), mis("2", None), mis("3", None, kind="A"), mis("4", "31/02/2025"), mis("5", None, kind=None)]
    assert run_rule("564", missing=rows) == {("Missing", 2), ("Missing", 3)}


def test_565_start_date_needs_missing_or_away():
    rows = [mis("1", "01/06/2025"), mis("2", "01/06/2025", kind=None), mis("3", "bad", kind=None), mis("4", None, kind=None)]
    assert run_rule("565", missing=rows) == {("Missing", 2), ("Missing", 3)}


def test_566_end_date_needs_missing_or_away():
    rows = [mis("1", "01/06/2025", "02/06/2025"), mis("2", "01/06/2025", "02/06/2025", kind=None), mis("3", "01/06/2025", kind=None)]
    assert run_rule("566", missing=rows) == {("Missing", 2)}


def test_567_missing_cannot_end_before_it_started():
    rows = [mis("1", "01/06/2025", "01/06/2025"), mis("2", "01/06/2025", "31/05/2025"), mis("3", "01/06/2025")]
    assert run_rule("567", missing=rows) == {("Missing", 2)}


def test_570_missing_cannot_start_after_the_year():
    rows = [mis("1", "31/03/2026"), mis("2", "01/04/2026"), mis("3", "01/01/2024")]
    assert run_rule("570", missing=rows) == {("Missing", 2)}


def test_571_missing_must_end_within_the_year():
    rows = [mis("1", "01/01/2025", "01/04/2025"), mis("2", "01/01/2025", "31/03/2025"), mis("3", "01/03/2026", "31/03/2026"), mis("4", "01/03/2026", "01/04/2026"), mis("5", "01/03/2026")]
    assert run_rule("571", missing=rows) == {("Missing", 2), ("Missing", 4)}


def test_574_missing_periods_cannot_overlap_or_follow_an_open_one():
    rows = [
        mis("1", "01/06/2025", "05/06/2025"),
        mis("1", "05/06/2025", "07/06/2025"),  # starts the day the last ended: fine
        mis("2", "01/06/2025", "05/06/2025"),
        mis("2", "04/06/2025", "09/06/2025"),  # overlaps
        mis("3", "01/06/2025"),  # still open ...
        mis("3", "01/05/2025", "09/05/2025"),  # ... an earlier closed one comes first
        mis("3", "10/06/2025"),  # a second open one after the first
    ]
    assert run_rule("574", missing=rows) == {("Missing", 4), ("Missing", 7)}


def test_575_missing_from_a_placement_that_ended_must_have_ended():
    found = run_rule(
        "575",
        episodes=[ep("1", "01/05/2025", "01/07/2025", "X1"), ep("1", "01/07/2025"), ep("2", "01/05/2025")],
        missing=[
            mis("1", "01/06/2025"),  # placement ended 1 July
            mis("1", "01/06/2025", "03/06/2025"),
            mis("1", "02/07/2025"),  # from the open placement
            mis("2", "01/06/2025"),
        ],
    )
    assert found == {("Missing", 1)}


def test_576_open_missing_period_from_last_year_must_be_carried_over():
    found = run_rule(
        "576",
        missing=[mis("1", "20/03/2025", "02/04/2025"), mis("1", "01/06/2025"), mis("2", "01/06/2025"), mis("3", "01/06/2025"), mis("4", None)],
        last={"missing": [mis("1", "20/03/2025"), mis("2", "20/03/2025"), mis("3", "01/03/2025", "05/03/2025"), mis("4", "20/03/2025")]},
    )
    assert found == {("Missing", 3), ("Missing", 5)}


POC = [
    ep("1", "01/05/2025", "01/07/2025", "X1"),
    ep("1", "01/07/2025", "01/09/2025", "E4A"),  # first period of care: 1 May to 1 September
    ep("1", "01/11/2025"),  # second, still open
    ep("2", "01/05/2025", "01/09/2025", "E4A"),
]


def test_577_missing_period_must_fit_a_period_of_care():
    found = run_rule(
        "577",
        episodes=POC,
        missing=[
            mis("1", "01/06/2025", "03/06/2025"),
            mis("1", "01/08/2025"),  # still open after care ended on 1 September
            mis("1", "01/12/2025"),  # open in the open period: fine
            mis("1", "01/08/2025", "02/10/2025"),  # ends after the period ended
            mis("2", "01/06/2025"),
            mis("3", "01/06/2025"),  # no episodes: other rules' business
        ],
        with_children=True,
    )
    assert found == {("Missing", 2, "1"), ("Missing", 4, "1"), ("Missing", 5, "2")}


def test_578_missing_cannot_start_after_care_ended():
    found = run_rule(
        "578",
        episodes=POC,
        missing=[
            mis("1", "01/09/2025"),  # the day care ended: fine
            mis("1", "02/09/2025"),  # between periods
            mis("1", "01/03/2026"),
            mis("2", "02/09/2025"),
            mis("2", "30/04/2025"),  # before care started
        ],
    )
    assert found == {("Missing", 2), ("Missing", 4), ("Missing", 5)}


def test_579_decisions_to_place_for_adoption_cannot_overlap():
    rows = [
        pa("1", "01/01/2025", "01/03/2025", "RD1"),
        pa("1", "01/03/2025"),  # after the last one ceased: fine
        pa("2", "01/01/2025"),
        pa("2", "01/03/2025"),  # previous still open
        pa("3", "01/01/2025", "01/03/2025", "RD1"),
        pa("3", "01/02/2025"),  # before the previous ceased
    ]
    assert run_rule("579", placed_adoption=rows) == {("PlacedAdoption", 4), ("PlacedAdoption", 6)}


def test_580_still_missing_at_18_leaves_care_with_e8():
    found = run_rule(
        "580",
        episodes=[ep("1", "01/05/2025", "01/01/2026", "E8"), ep("2", "01/05/2025", "01/01/2026", "E4B"), ep("3", "01/05/2025", "01/01/2026", "E4B")],
        missing=[mis("1", "01/12/2025", "01/01/2026", dob="01/01/2008"), mis("2", "01/12/2025", "01/01/2026", dob="01/01/2008"), mis("3", "01/12/2025", "01/01/2026", dob="01/01/2009")],
    )
    assert found == {("Episodes", 2)}


def test_581_missing_cannot_start_before_care_began():
    found = run_rule(
        "581",
        episodes=[ep("1", "01/05/2025", "01/07/2025", "E4A"), ep("1", "01/09/2025")],
        missing=[mis("1", "01/05/2025"), mis("1", "01/08/2025"), mis("1", "01/03/2026"), mis("1", "30/04/2025"), mis("1", None), mis("2", "01/01/2025")],
    )
    assert found == {("Missing", 2), ("Missing", 4)}


def test_582_adoption_date_should_not_be_the_match_date():
    found = run_rule(
        "582",
        episodes=[ep("1", "01/05/2025", "01/02/2026", "E11"), ep("2", "01/05/2025", "01/02/2026", "E12"), ep("3", "01/05/2025", "01/02/2026", "E4A")],
        ad1=[{"CHILD": "1", "DATE_MATCH": "01/12/2025"}, {"CHILD": "2", "DATE_MATCH": "01/02/2026"}, {"CHILD": "3", "DATE_MATCH": "01/02/2026"}],
    )
    assert found == {("Episodes", 2)}


def test_583_earlier_decisions_must_be_revoked():
    rows = [
        pa("1", "01/01/2025", "01/03/2025", "RD1"),
        pa("1", "01/06/2025"),  # the latest may stand
        pa("2", "01/06/2025"),
        pa("2", "01/01/2025"),  # earlier, not revoked
        pa("3", "01/01/2025"),
    ]
    assert run_rule("583", placed_adoption=rows) == {("PlacedAdoption", 4)}


def test_584_new_decision_after_a_reversed_one_must_be_later():
    found = run_rule(
        "584",
        placed_adoption=[pa("1", "01/06/2025"), pa("2", "01/01/2025"), pa("3", None), pa("4", "01/01/2025")],
        last={"placed_adoption": [pa("1", "01/01/2025", "01/03/2025", "RD1"), pa("2", "01/01/2025", None, "RD3"), pa("3", "01/01/2025", "01/03/2025", "RD1"), pa("4", "01/01/2025")]},
    )
    assert found == {("PlacedAdoption", 2), ("PlacedAdoption", 3)}


def test_586_missing_cannot_start_before_birth():
    rows = [mis("1", "01/01/2010", dob="01/01/2010"), mis("2", "02/01/2010", dob="01/01/2010"), mis("3", None, dob="01/01/2010")]
    assert run_rule("586", missing=rows) == {("Missing", 1)}
