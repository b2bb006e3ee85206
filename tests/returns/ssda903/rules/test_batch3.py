"""DfE 903 rules, batch 3 (371-460 and 1000-1016): each rule's failing and passing rows side by side.

The collection year is 2025-26 (1 April 2025 to 31 March 2026) unless a test says otherwise."""

import pytest

from .ruletest import run_rule

Row = dict[str, str | None]


def ep(child: str, decom: str | None, dec: str | None = None, rec: str | None = None, **more: str | None) -> dict[str, str | None]:
    """An episode row: RNE S, LS C2 and PLACE U4 unless given."""
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "REC": rec, "RNE": "S", "LS": "C2", "PLACE": "U4", **more}


def hd(child: str, dob: str | None = "01/01/2010", **more: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, **more}


def oc3(child: str, dob: str, **more: str | None) -> dict[str, str | None]:
    """A care leaver's OC3 row with IN_TOUCH, ACTIV and ACCOM completed unless given."""
    return {"CHILD": child, "DOB": dob, "IN_TOUCH": "YES", "ACTIV": "F2", "ACCOM": "U1", **more}


POSTCODES: list[Row] = [
    {"pcd": "AB1 2CD", "oseast1m": "400000", "osnrth1m": "100000", "laua": "E06000058"},  # the council's own area
    {"pcd": "EF3 4GH", "oseast1m": "420000", "osnrth1m": "130000", "laua": "E07000001"},  # 22.4 miles from AB1 2CD
    {"pcd": "EF3 4GJ", "oseast1m": "420300", "osnrth1m": "130000", "laua": "E07000001"},  # 22.5 miles
    {"pcd": "EF3 4GK", "oseast1m": "421000", "osnrth1m": "130000", "laua": "E07000001"},  # 22.8 miles
    {"pcd": "EF3 4GM", "oseast1m": "419700", "osnrth1m": "130000", "laua": "E07000001"},  # 22.3 miles
    {"pcd": "NN1 1AA", "oseast1m": "400000", "osnrth1m": "663255", "laua": "E07000001"},  # 350.0 miles
    {"pcd": "EH1 1AA", "oseast1m": "325000", "osnrth1m": "673000", "laua": "S12000036"},  # Scotland, 359.1 miles
]


# --- Age on the day a placement starts: 371-374 --------------------------------------------------------------


@pytest.mark.parametrize(("code", "place", "age"), [("371", "K3", 16), ("372", "R5", 10), ("373", "S1", 4), ("374", "P3", 14)])
def test_371_374_child_must_be_old_enough_on_the_day_the_placement_starts(code, place, age):
    birthday = f"15/06/{2025 - age}"  # the child reaches the age on 15/06/2025
    found = run_rule(
        code,
        header=[hd("1", birthday), hd("2", birthday), hd("3", birthday), hd("4", birthday)],
        episodes=[
            ep("1", "14/06/2025", PLACE=place),  # the day before the birthday
            ep("2", "15/06/2025", PLACE=place),  # on the birthday
            ep("3", "14/06/2025", PLACE="U4"),  # another placement
            ep("4", "01/05/2025", "20/05/2025", "X1", PLACE=place),  # closed episodes count as well as open ones
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 4)}


def test_371_is_the_2024_25_version():
    with pytest.raises(AssertionError, match="no rule 371 in force"):
        run_rule("371", year="2023-24", episodes=[])


# --- Length of temporary placements: 375, 376, 379 -----------------------------------------------------------


@pytest.mark.parametrize(("code", "place", "days"), [("375", "T1", 42), ("376", "T3", 21), ("379", "T4", 7)])
def test_375_376_379_temporary_placements_have_a_longest_stay(code, place, days):
    from datetime import date, timedelta

    start = date(2025, 6, 1)

    def d(n: int) -> str:
        return (start + timedelta(days=n)).strftime("%d/%m/%Y")

    found = run_rule(
        code,
        episodes=[
            ep("1", d(0), d(days), "X1", PLACE=place),  # exactly the limit
            ep("2", d(0), d(days + 1), "X1", PLACE=place),  # a day over
            ep("3", d(0), d(days + 1), "X1", PLACE="U4"),
            ep("4", "01/01/2026", PLACE=place),  # still open: lasted at least to 31/03/2026
            ep("5", "30/03/2026", PLACE=place),  # still open, within the limit so far
            ep("6", d(0), "31/13/2025", "X1", PLACE=place),  # invalid DEC: left to the date rules
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 4)}


def test_377_at_most_two_carer_holiday_placements_in_any_12_months():
    found = run_rule(
        "377",
        episodes=[
            # Child 1: three T3 placements within 12 months.
            ep("1", "01/05/2025", "10/05/2025", "X1", PLACE="T3"),
            ep("1", "10/05/2025", "01/08/2025", "X1", PLACE="U4"),
            ep("1", "01/08/2025", "10/08/2025", "X1", PLACE="T3"),
            ep("1", "10/08/2025", "01/02/2026", "X1", PLACE="U4"),
            ep("1", "01/02/2026", "10/02/2026", "X1", PLACE="T3"),
            # Child 2: three T3 placements, but the first and last are more than a year apart.
            ep("2", "01/03/2025", "10/03/2025", "X1", PLACE="T3"),
            ep("2", "01/08/2025", "10/08/2025", "X1", PLACE="T3"),
            ep("2", "02/03/2026", "10/03/2026", "X1", PLACE="T3"),
            # Child 3: two.
            ep("3", "01/05/2025", "10/05/2025", "X1", PLACE="T3"),
            ep("3", "01/08/2025", "10/08/2025", "X1", PLACE="T3"),
            # Child 4: three, the last exactly a year after the first (12 months and a day): no 12 months hold all three.
            ep("4", "01/04/2024", "10/04/2024", "X1", PLACE="T3"),
            ep("4", "01/08/2024", "10/08/2024", "X1", PLACE="T3"),
            ep("4", "01/04/2025", "10/04/2025", "X1", PLACE="T3"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 3), ("Episodes", 5)}


def test_378_no_section_20_placement_with_parents():
    found = run_rule(
        "378",
        episodes=[ep("1", "01/05/2025", PLACE="P1", LS="V2"), ep("2", "01/05/2025", PLACE="P1", LS="C2"), ep("3", "01/05/2025", PLACE="U4", LS="V2")],
    )
    assert found == {("Episodes", 1)}


def test_380_temporary_placement_must_follow_a_placement_move():
    found = run_rule(
        "380",
        episodes=[
            ep("1", "01/05/2025", PLACE="T1", RNE="S"),
            ep("2", "01/05/2025", PLACE="T2", RNE="P"),
            ep("3", "01/05/2025", PLACE="T0", RNE="B"),
            ep("4", "01/05/2025", PLACE="T4", RNE="L"),
            ep("5", "01/05/2025", PLACE="T3", RNE=None),
            ep("6", "01/05/2025", PLACE="U4", RNE="S"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 4), ("Episodes", 5)}


def test_381_period_of_care_cannot_end_in_a_temporary_placement():
    found = run_rule(
        "381",
        episodes=[
            ep("1", "01/05/2025", "10/05/2025", "E4A", PLACE="T1"),
            ep("2", "01/05/2025", "10/05/2025", "X1", PLACE="T1"),
            ep("3", "01/05/2025", PLACE="T1"),
            ep("4", "01/05/2025", "10/05/2025", "E4A", PLACE="U4"),
        ],
    )
    assert found == {("Episodes", 1)}


def test_382_no_temporary_placement_on_a_short_break():
    found = run_rule(
        "382",
        episodes=[ep("1", "01/05/2025", LS="V3", PLACE="T2"), ep("2", "01/05/2025", LS="V4", PLACE="T0"), ep("3", "01/05/2025", LS="V3", PLACE="U6"), ep("4", "01/05/2025", LS="C2", PLACE="T2")],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_383_child_returns_to_the_normal_placement_after_a_temporary_one():
    def three(child: str, back: dict[str, str | None]) -> list[dict[str, str | None]]:
        return [
            ep(child, "01/04/2024", "01/06/2025", "X1", PLACE="U4", PL_POST="EF3 4GH"),
            ep(child, "01/06/2025", "10/06/2025", "X1", PLACE="T3", PL_POST="AB1 2CD", RNE="P"),
            ep(child, "10/06/2025", **back),
        ]

    found = run_rule(
        "383",
        episodes=[
            *three("1", {"PLACE": "U4", "PL_POST": "EF3 4GH", "RNE": "P"}),  # back home: fine
            *three("2", {"PLACE": "U4", "PL_POST": "EF3 4GH", "RNE": "T"}),  # wrong RNE
            *three("3", {"PLACE": "U5", "PL_POST": "EF3 4GH", "RNE": "P"}),  # another placement type
            *three("4", {"PLACE": "U4", "PL_POST": "EF3 4GK", "RNE": "P"}),  # another address
            ep("5", "01/06/2025", "10/06/2025", "X1", PLACE="T3", RNE="P"),  # no earlier episode this year: not checked
            ep("5", "10/06/2025", PLACE="U5", RNE="P"),
            *three("6", {"PLACE": "U4", "PL_POST": "EF3 4GH", "RNE": None}),  # RNE blank
        ],
    )
    assert found == {("Episodes", 6), ("Episodes", 9), ("Episodes", 12), ("Episodes", 17)}


def test_383_blank_placement_postcodes_match():
    found = run_rule(
        "383",
        episodes=[
            ep("1", "01/04/2024", "01/06/2025", "X1", PLACE="U4"),
            ep("1", "01/06/2025", "10/06/2025", "X1", PLACE="T1", RNE="P"),
            ep("1", "10/06/2025", PLACE="U4", RNE="P"),
        ],
    )
    assert found == set()


def test_383_is_the_2025_26_version():
    with pytest.raises(AssertionError, match="no rule 383 in force"):
        run_rule("383", year="2024-25", episodes=[])


def test_384_no_long_term_fostering_on_a_short_break():
    found = run_rule(
        "384",
        episodes=[ep("1", "01/05/2025", LS="V3", PLACE="U1"), ep("2", "01/05/2025", LS="V4", PLACE="U4"), ep("3", "01/05/2025", LS="V4", PLACE="U6"), ep("4", "01/05/2025", LS="C2", PLACE="U1")],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_385_episode_cannot_end_after_the_year():
    found = run_rule(
        "385",
        episodes=[ep("1", "01/05/2025", "31/03/2026", "E4A"), ep("2", "01/05/2025", "01/04/2026", "E4A"), ep("3", "01/05/2025")],
    )
    assert found == {("Episodes", 2)}


# --- Age when leaving care: 386, 387, 389, 460 -----------------------------------------------------------------


def test_386_adopted_before_18():
    found = run_rule(
        "386",
        header=[hd("1", "15/06/2007"), hd("2", "15/06/2007"), hd("3", "15/06/2007"), hd("4", "15/06/2007")],
        episodes=[
            ep("1", "01/05/2025", "14/06/2025", "E11", PLACE="A4"),  # the day before the 18th birthday
            ep("2", "01/05/2025", "15/06/2025", "E12", PLACE="A4"),  # on it
            ep("3", "01/05/2025", "15/06/2025", "E4A"),
            ep("4", "01/05/2025", None, "E11", PLACE="A4"),  # no DEC: left to other rules
        ],
    )
    assert found == {("Episodes", 2)}


@pytest.mark.parametrize(("code", "rec", "age"), [("387", "E6", 14), ("389", "E7", 16), ("460", "E17", 18)])
def test_387_389_460_leaving_care_this_way_needs_a_minimum_age(code, rec, age):
    birthday = f"15/06/{2025 - age}"
    found = run_rule(
        code,
        header=[hd("1", birthday), hd("2", birthday), hd("3", birthday), hd("4", birthday), hd("5", None)],
        episodes=[
            ep("1", "01/05/2025", "14/06/2025", rec),  # the day before the birthday
            ep("2", "01/05/2025", "15/06/2025", rec),  # on it
            ep("3", "01/05/2025", "14/06/2025", "E4A"),
            ep("4", "01/05/2025", None, rec),  # no DEC
            ep("5", "01/05/2025", "14/06/2025", rec),  # no DOB: left to other rules
        ],
    )
    assert found == {("Episodes", 1)}


def test_387_e5_counts_too():
    assert run_rule("387", header=[hd("1", "01/01/2015")], episodes=[ep("1", "01/05/2025", "01/06/2025", "E5")]) == {("Episodes", 1)}


def test_388_x1_means_a_new_episode_starts_the_same_day():
    found = run_rule(
        "388",
        episodes=[
            # Child 1: a proper chain, still open.
            ep("1", "01/05/2025", "01/06/2025", "X1"),
            ep("1", "01/06/2025", RNE="P"),
            # Child 2: X1, but the next episode starts a day later.
            ep("2", "01/05/2025", "01/06/2025", "X1"),
            ep("2", "02/06/2025", RNE="S"),
            # Child 3: left care (E4A) yet the next episode starts the same day.
            ep("3", "01/05/2025", "01/06/2025", "E4A"),
            ep("3", "01/06/2025", RNE="P"),
            # Child 4: the last episode ends X1.
            ep("4", "01/05/2025", "01/06/2025", "X1"),
            # Child 5: left care, came back later: fine.
            ep("5", "01/05/2025", "01/06/2025", "E4A"),
            ep("5", "01/09/2025", RNE="S"),
            # Child 6: X1 with no DEC, followed by another episode.
            ep("6", "01/05/2025", None, "X1"),
            ep("6", "01/06/2025", RNE="P"),
        ],
    )
    assert found == {("Episodes", 3), ("Episodes", 5), ("Episodes", 7), ("Episodes", 10)}


def test_390_adoption_follows_an_adoption_placement():
    found = run_rule(
        "390",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "E11", PLACE="A3"),
            ep("2", "01/05/2025", "01/06/2025", "E12", PLACE="U4"),
            ep("3", "01/05/2025", "01/06/2025", "E11", PLACE=None),
            ep("4", "01/05/2025", "01/06/2025", "E4A", PLACE="U4"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_391_no_care_leaver_information_under_17():
    found = run_rule(
        "391",
        oc3=[
            oc3("1", "31/03/2009"),  # 17 on 31/03/2026
            oc3("2", "01/04/2009"),  # 17 the day after the year ends
            {"CHILD": "3", "DOB": "01/04/2009"},  # nothing completed
            {"CHILD": "4", "DOB": "01/04/2009", "ACCOM": "U1"},
        ],
    )
    assert found == {("OC3", 2), ("OC3", 4)}


# --- Postcodes and derived distance: 392a-392d, 398, 406, 411, 420, 454, 1015 -------------------------------


def test_392a_distance_needed_unless_short_break_or_uasc():
    found = run_rule(
        "392a",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("2", "01/05/2025", PL_POST="EF3 4GH"),  # no home postcode: no distance
            ep("3", "01/05/2025", LS="V3"),
            ep("4", "01/05/2025"),  # UASC
            ep("5", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="ZZ9 9ZZ"),  # unknown postcode: no distance
        ],
        uasc=[{"CHILD": "4", "DOB": "01/01/2010"}],
    )
    assert found == {("Episodes", 2), ("Episodes", 5)}


def test_392b_postcodes_needed_unless_short_break_or_uasc():
    found = run_rule(
        "392b",
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("2", "01/05/2025", PL_POST="EF3 4GH"),
            ep("3", "01/05/2025", HOME_POST="AB1 2CD"),
            ep("4", "01/05/2025", LS="V4"),
            ep("5", "01/05/2025"),  # UASC
            ep("6", "01/05/2025", LS=None),
        ],
        uasc=[{"CHILD": "5", "DOB": "01/01/2010"}],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 6)}


def test_392c_postcodes_must_be_known_ones():
    found = run_rule(
        "392c",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("2", "01/05/2025", HOME_POST="ZZ9 9ZZ", PL_POST="EF3 4GH"),
            ep("3", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="ZZ9 9ZZ"),
            ep("4", "01/05/2025"),  # blank: 392b's business
            ep("5", "01/05/2025", HOME_POST="ab12cd", PL_POST="ef3  4gh"),  # case and spaces do not matter
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_392c_is_skipped_without_the_postcode_list():
    with pytest.raises(AssertionError, match="postcode"):
        run_rule("392c", episodes=[ep("1", "01/05/2025", HOME_POST="ZZ9 9ZZ")])


def test_392d_home_and_placement_postcodes_differ_unless_with_parents():
    found = run_rule(
        "392d",
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="AB1 2CD"),
            ep("2", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="AB12CD"),
            ep("3", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="AB1 2CD", PLACE="P1"),
            ep("4", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("5", "01/05/2025"),
            ep("6", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="AB1 2CD", PLACE=None),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2), ("Episodes", 6)}


def test_393_mother_field_needed_for_girls_looked_after():
    found = run_rule(
        "393",
        header=[
            hd("1", SEX="F"),
            hd("2", SEX="F", MOTHER="0"),
            hd("3", SEX="M"),
            hd("4", SEX="F"),  # short breaks only
            hd("5", SEX="F"),  # no episodes
            hd("6", SEX="F"),  # a short break and an ordinary episode
        ],
        episodes=[
            ep("1", "01/05/2025"), ep("2", "01/05/2025"), ep("3", "01/05/2025"), ep("4", "01/05/2025", LS="V4"),
            ep("6", "01/05/2025", "02/05/2025", "X1", LS="V3"), ep("6", "02/05/2025", LS="C2"),
        ],
    )
    assert found == {("Header", 1), ("Header", 6)}


def test_398_no_postcodes_on_a_short_break():
    found = run_rule(
        "398",
        episodes=[
            ep("1", "01/05/2025", LS="V3", HOME_POST="AB1 2CD"),
            ep("2", "01/05/2025", LS="V4", PL_POST="EF3 4GH"),
            ep("3", "01/05/2025", LS="V4"),
            ep("4", "01/05/2025", LS="C2", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_399_no_mother_or_review_fields_for_short_break_children():
    found = run_rule(
        "399",
        header=[hd("1", MOTHER="0"), hd("2"), hd("3"), hd("4", MOTHER="1")],
        episodes=[
            ep("1", "01/05/2025", LS="V3"),  # Header row 1: MOTHER completed
            ep("2", "01/05/2025", LS="V4"),  # a review completed
            ep("3", "01/05/2025", LS="V3"),  # nothing completed
            ep("4", "01/05/2025", "02/05/2025", "X1", LS="V3"),  # also looked after ordinarily: not checked
            ep("4", "02/05/2025", LS="C2"),
        ],
        reviews=[
            {"CHILD": "1"},  # every review row of a child whose MOTHER is completed
            {"CHILD": "2", "REVIEW": "01/06/2025", "REVIEW_CODE": "PN1"},
            {"CHILD": "2"},  # an empty review row of a child without MOTHER: not pointed at
            {"CHILD": "4", "REVIEW": "01/06/2025", "REVIEW_CODE": "PN1"},
        ],
    )
    assert found == {("Episodes", 1), ("Header", 1), ("Reviews", 1), ("Episodes", 2), ("Header", 2), ("Reviews", 2)}


def test_406_no_distance_for_uasc_children():
    found = run_rule(
        "406",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),  # UASC with a distance
            ep("2", "01/05/2025", PL_POST="EF3 4GH"),  # UASC, no distance
            ep("3", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),  # not UASC
        ],
        uasc=[{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2010"}],
    )
    assert found == {("Episodes", 1)}


def test_407_special_guardianship_before_18():
    found = run_rule(
        "407",
        header=[hd("1", "15/06/2007"), hd("2", "15/06/2007"), hd("3", "15/06/2007")],
        episodes=[
            ep("1", "01/05/2025", "16/06/2025", "E45"),  # after the 18th birthday
            ep("2", "01/05/2025", "15/06/2025", "E48"),  # on it
            ep("3", "01/05/2025", "16/06/2025", "E4A"),
        ],
    )
    assert found == {("Episodes", 1), ("Header", 1)}


def test_408_placement_order_adoption_needs_legal_status_e1():
    found = run_rule(
        "408",
        episodes=[ep("1", "01/05/2025", PLACE="A5", LS="C2"), ep("2", "01/05/2025", PLACE="A6", LS="E1"), ep("3", "01/05/2025", PLACE="A6", LS=None), ep("4", "01/05/2025", PLACE="A3", LS="C2")],
    )
    assert found == {("Episodes", 1), ("Episodes", 3)}


def test_411_derived_location_agrees_with_derived_la():
    # PL_LOCATION and PL_LA both come from PL_POST, so the derivation keeps them in step: nothing to find.
    found = run_rule(
        "411",
        reference={"postcodes": POSTCODES},
        episodes=[ep("1", "01/05/2025", PL_POST="AB1 2CD"), ep("2", "01/05/2025", PL_POST="EF3 4GH"), ep("3", "01/05/2025", PL_POST="EH1 1AA"), ep("4", "01/05/2025")],
    )
    assert found == set()


def test_420_no_placement_la_on_a_short_break():
    found = run_rule(
        "420",
        reference={"postcodes": POSTCODES},
        episodes=[ep("1", "01/05/2025", LS="V3", PL_POST="AB1 2CD"), ep("2", "01/05/2025", LS="V4"), ep("3", "01/05/2025", LS="C2", PL_POST="AB1 2CD"), ep("4", "01/05/2025", LS="V4", PL_POST="ZZ9 9ZZ")],
    )
    assert found == {("Episodes", 1)}


def test_426_not_both_v3_and_v4_in_a_year():
    found = run_rule(
        "426",
        episodes=[
            ep("1", "01/05/2025", "02/05/2025", "E13", LS="V3"),
            ep("1", "01/06/2025", "02/06/2025", "E13", LS="V4"),
            ep("1", "01/07/2025", LS="C2"),
            ep("2", "01/05/2025", "02/05/2025", "E13", LS="V3"),
            ep("2", "01/06/2025", "02/06/2025", "E13", LS="V3"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


# --- The chain of episodes: 431-437 ------------------------------------------------------------------------------


def test_431_new_period_of_care_starts_after_the_last_one_ended():
    found = run_rule(
        "431",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "E4A"),
            ep("1", "01/06/2025", RNE="S"),  # same day
            ep("2", "01/05/2025", "01/06/2025", "E4A"),
            ep("2", "02/06/2025", RNE="S"),  # the day after
            ep("3", "01/05/2025", "01/06/2025", "X1"),
            ep("3", "01/06/2025", RNE="P"),
            ep("4", "01/05/2025"),  # previous episode still open
            ep("4", "01/06/2025", RNE="S"),
        ],
    )
    assert found == {("Episodes", 2)}


def test_432_after_leaving_care_the_next_episode_is_a_new_start():
    found = run_rule(
        "432",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "E4A"),
            ep("1", "01/09/2025", RNE="P"),
            ep("2", "01/05/2025", "01/06/2025", "E13"),
            ep("2", "01/09/2025", RNE="S"),
            ep("3", "01/05/2025", "01/06/2025", "X1"),
            ep("3", "01/06/2025", RNE="P"),
            ep("4", "01/05/2025", "01/06/2025", "E17"),
            ep("4", "01/09/2025", RNE=None),
            ep("5", "01/05/2025", "01/06/2025", "XX"),  # not a valid REC: 155's business
            ep("5", "01/06/2025", RNE="P"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 8)}


def test_433_continuation_episode_starts_when_the_last_one_ended():
    found = run_rule(
        "433",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "X1"),
            ep("1", "01/06/2025", RNE="P"),
            ep("2", "01/05/2025", "01/06/2025", "X1"),
            ep("2", "03/06/2025", RNE="L"),
            ep("3", "01/05/2025"),
            ep("3", "01/06/2025", RNE="T"),  # previous episode has no DEC
            ep("4", "01/05/2025", RNE="U"),  # first episode: nothing to continue from in this return
            ep("5", "01/05/2025", "01/06/2025", "E4A"),
            ep("5", "01/09/2025", RNE="S"),
        ],
    )
    assert found == {("Episodes", 4), ("Episodes", 6)}


def _pair(child: str, rne: str, **changed: str | None) -> list[dict[str, str | None]]:
    first = {"LS": "C1", "PLACE": "U4", "PL_POST": "EF3 4GH", "URN": "SC123456", "PLACE_PROVIDER": "PR1"}
    return [ep(child, "01/05/2025", "01/06/2025", "X1", **first), ep(child, "01/06/2025", **{**first, "RNE": rne, **changed})]


def test_434_legal_status_change_only():
    found = run_rule(
        "434",
        episodes=[
            *_pair("1", "L", LS="C2"),  # right
            *_pair("2", "L"),  # nothing changed
            *_pair("3", "L", LS="C2", PLACE="U5"),  # the placement changed too
            *_pair("4", "L", LS="C2", URN=None),  # URN dropped
            *_pair("5", "P", LS="C2"),  # not an L episode
            *_pair("6", "L", LS="C2", PLACE=None),  # the placement went blank
        ],
    )
    assert found == {("Episodes", 4), ("Episodes", 6), ("Episodes", 8), ("Episodes", 12)}


def test_435_placement_change_only():
    found = run_rule(
        "435",
        episodes=[
            *_pair("1", "P", PLACE="U5"),  # right
            *_pair("2", "T", PL_POST="EF3 4GK"),  # right
            *_pair("3", "P"),  # nothing changed
            *_pair("4", "T", LS="C2", PLACE="U5"),  # the legal status changed too
            *_pair("5", "L", LS="C2"),
            *_pair("6", "P", LS=None, PLACE="U5"),  # the legal status went blank
        ],
    )
    assert found == {("Episodes", 6), ("Episodes", 8), ("Episodes", 12)}


def test_435_blank_urn_matches_blank_urn():
    same = {"LS": "C1", "PLACE": "P1", "PL_POST": "EF3 4GH", "PLACE_PROVIDER": "PR0"}  # no URN either time
    found = run_rule("435", episodes=[ep("1", "01/05/2025", "01/06/2025", "X1", **same), ep("1", "01/06/2025", **{**same, "RNE": "P"})])
    assert found == {("Episodes", 2)}


def test_436_legal_status_and_placement_change():
    found = run_rule(
        "436",
        episodes=[
            *_pair("1", "B", LS="C2", PLACE="U5"),  # right
            *_pair("2", "U", LS="C2", PLACE_PROVIDER="PR4"),  # right
            *_pair("3", "B", PLACE="U5"),  # legal status unchanged
            *_pair("4", "U", LS="C2"),  # placement unchanged
        ],
    )
    assert found == {("Episodes", 6), ("Episodes", 8)}


def test_437_no_episodes_after_death_or_age_assessment():
    found = run_rule(
        "437",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "E2"),
            ep("1", "01/09/2025"),
            ep("2", "01/05/2025", "01/06/2025", "E15"),
            ep("3", "01/05/2025", "01/06/2025", "E4A"),
            ep("3", "01/09/2025"),
        ],
    )
    assert found == {("Episodes", 1)}


# --- Reviews and UPN: 440-446 ------------------------------------------------------------------------------------


def test_440_441_participation_code_fits_age_at_review():
    reviews: list[Row] = [
        {"CHILD": "1", "DOB": "15/06/2021", "REVIEW": "14/06/2025", "REVIEW_CODE": "PN0"},  # 3
        {"CHILD": "2", "DOB": "15/06/2021", "REVIEW": "15/06/2025", "REVIEW_CODE": "PN0"},  # on the 4th birthday
        {"CHILD": "3", "DOB": "15/06/2021", "REVIEW": "16/06/2025", "REVIEW_CODE": "PN0"},  # 4
        {"CHILD": "4", "DOB": "15/06/2021", "REVIEW": "14/06/2025", "REVIEW_CODE": "PN1"},  # 3
        {"CHILD": "5", "DOB": "15/06/2021", "REVIEW": "15/06/2025", "REVIEW_CODE": "PN7"},  # 4
        {"CHILD": "6", "DOB": "15/06/2021", "REVIEW_CODE": "PN3"},  # no date
    ]
    assert run_rule("440", reviews=reviews) == {("Reviews", 3)}
    assert run_rule("441", reviews=reviews) == {("Reviews", 4)}


def test_442_upn_needed_for_children_looked_after():
    found = run_rule(
        "442",
        header=[hd("1"), hd("2", UPN="A123456789012"), hd("3"), hd("4")],
        episodes=[ep("1", "01/05/2025"), ep("2", "01/05/2025"), ep("3", "01/05/2025", LS="V3")],
    )
    assert found == {("Header", 1)}


def test_444_upn_unique_in_the_return():
    found = run_rule(
        "444",
        header=[
            hd("1", UPN="A123456789012"),
            hd("2", UPN="A123456789012"),
            hd("3", UPN="UN1"),
            hd("4", UPN="UN1"),
            hd("5", UPN="B123456789012"),
            hd("6"),
            hd("7"),
            hd("8", UPN="un2"),
            hd("9", UPN="UN2"),
        ],
    )
    assert found == {("Header", 1), ("Header", 2)}


def test_444_is_new_in_2025_26():
    with pytest.raises(AssertionError, match="no rule 444 in force"):
        run_rule("444", year="2024-25", header=[])


def test_446_placement_orders_from_december_2005():
    found = run_rule(
        "446",
        episodes=[ep("1", "30/11/2005", LS="E1"), ep("2", "01/12/2005", LS="E1"), ep("3", "30/11/2005", LS="C2")],
    )
    assert found == {("Episodes", 1)}


# --- Continuity with last year's return: 452, 453 ----------------------------------------------------------------


def test_452_placement_la_continues_from_last_year():
    found = run_rule(
        "452",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/02/2025", PL_POST="AB1 2CD", RNE="P"),  # same LA: fine
            ep("2", "01/02/2025", PL_POST="EF3 4GH", RNE="P"),  # another LA
            ep("3", "01/05/2025", PL_POST="EF3 4GH", RNE="S"),  # last year's episode had ended
            ep("4", "01/02/2025", PL_POST="EF3 4GH", RNE="S"),  # a different RNE: not the same episode
            ep("5", "01/02/2025", RNE="P"),  # blank both years
            ep("6", "01/02/2025", RNE="P"),  # blank this year only
        ],
        last={
            "episodes": [
                ep("1", "01/01/2025", "01/02/2025", "X1", PL_POST="AB1 2CD"),
                ep("1", "01/02/2025", PL_POST="AB1 2CD", RNE="P"),
                ep("2", "01/02/2025", PL_POST="AB1 2CD", RNE="P"),
                ep("3", "01/02/2025", "01/03/2025", "E4A", PL_POST="AB1 2CD", RNE="S"),
                ep("4", "01/02/2025", PL_POST="AB1 2CD", RNE="P"),
                ep("5", "01/02/2025", RNE="P"),
                ep("6", "01/02/2025", PL_POST="AB1 2CD", RNE="P"),
            ]
        },
    )
    assert found == {("Episodes", 2), ("Episodes", 6)}


def test_453_placement_distance_continues_from_last_year():
    found = run_rule(
        "453",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GJ", RNE="P"),  # 22.5 vs 22.4: within 0.2
            ep("2", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GK", RNE="P"),  # 22.8 vs 22.4
            ep("3", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH", RNE="P"),  # blank last year
            ep("4", "01/02/2025", RNE="P"),  # blank this year
            ep("5", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GJ", RNE="P"),  # 22.5 vs 22.3: 0.2 apart
        ],
        last={
            "episodes": [
                ep("1", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH", RNE="P"),
                ep("2", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH", RNE="P"),
                ep("3", "01/02/2025", RNE="P"),
                ep("4", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH", RNE="P"),
                ep("5", "01/02/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GM", RNE="P"),
            ]
        },
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 5)}


def test_452_is_skipped_without_last_year():
    with pytest.raises(AssertionError, match="last year"):
        run_rule("452", reference={"postcodes": POSTCODES}, episodes=[ep("1", "01/05/2025")])


def test_454_distance_over_350_miles():
    found = run_rule(
        "454",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EH1 1AA"),
            ep("2", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="EF3 4GH"),
            ep("3", "01/05/2025"),
            ep("4", "01/05/2025", HOME_POST="AB1 2CD", PL_POST="NN1 1AA"),  # exactly 350.0
        ],
    )
    assert found == {("Episodes", 1)}


def test_1015_own_provision_is_in_the_council_area():
    found = run_rule(
        "1015",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/05/2025", PLACE="K2", PLACE_PROVIDER="PR1", PL_POST="AB1 2CD"),  # in the area
            ep("2", "01/05/2025", PLACE="K2", PLACE_PROVIDER="PR1", PL_POST="EF3 4GH"),  # outside
            ep("3", "01/05/2025", PLACE="U4", PLACE_PROVIDER="PR1", PL_POST="EF3 4GH"),  # foster care may be outside
            ep("4", "01/05/2025", PLACE="K2", PLACE_PROVIDER="PR1", PL_POST="EF3 4GH", LS="V3"),  # short break
            ep("5", "01/05/2025", PLACE="K2", PLACE_PROVIDER="PR4", PL_POST="EF3 4GH"),  # private provider
            ep("6", "01/05/2025", PLACE="K2", PLACE_PROVIDER="PR1"),  # no placement postcode: LA unknown
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 6)}


# --- Care leavers (OC3): 1000-1002, 1007, 1010, 1011, 1014, 1016 -----------------------------------------------


def test_1000_no_care_leaver_information_after_death_in_care():
    found = run_rule(
        "1000",
        episodes=[ep("1", "01/05/2025", "01/06/2025", "E2"), ep("2", "01/05/2025", "01/06/2025", "E4A")],
        oc3=[oc3("1", "01/01/2008"), oc3("2", "01/01/2008")],
    )
    assert found == {("OC3", 1)}


def test_1001_care_leaver_had_13_weeks_in_care_since_14():
    found = run_rule(
        "1001",
        header=[hd(c, "01/06/2008") for c in "123456"] + [hd("7", "01/06/2005"), hd("8", "01/06/2008"), hd("9", "01/04/2006"), hd("10", "31/03/2006")],
        episodes=[
            ep("1", "01/04/2025", "01/06/2025", "E4A"),  # 61 days this year, from age 16
            ep("3", "01/05/2025", "01/06/2025", "E11"),  # adopted
        ],
        oc3=[oc3(c, "01/06/2008") for c in "123456"] + [oc3("7", "01/06/2005"), oc3("8", "01/06/2008"), oc3("9", "01/04/2006"), oc3("10", "31/03/2006")],
        last={
            "episodes": [
                ep("1", "01/02/2025", "01/04/2025", "X1"),  # plus 59 days last year: 120
                ep("2", "01/06/2024", "01/08/2024", "E4A"),  # 61 days in all
                ep("3", "01/01/2024", "01/05/2025", "X1"),
                ep("4", "01/01/2024", "01/06/2024", "E4A", LS="V3"),  # a short break does not count
                ep("5", "01/01/2024"),  # open at last year's end, so counted to the collection end
                ep("8", "01/06/2024", "31/08/2024", "E4A"),  # exactly 91 days
            ]
        },
    )
    # 2: too short; 3: adopted; 4: only a short break; 6 and 9 (19): no episodes at all;
    # 7 and 10 (20 on 31/03/2026): 20 or over, not checked.
    assert found == {("OC3", 2), ("OC3", 3), ("OC3", 4), ("OC3", 6), ("OC3", 9)}


def test_1001_needs_time_in_care_at_16_or_over():
    found = run_rule(
        "1001",
        header=[hd("1", "01/06/2008"), hd("2", "01/06/2008")],
        oc3=[oc3("1", "01/06/2008"), oc3("2", "01/06/2008")],
        last={"episodes": [ep("1", "01/01/2024", "01/06/2024", "E4A"), ep("2", "01/01/2024", "02/06/2024", "E4A")]},
        episodes=[],
    )
    assert found == {("OC3", 1)}


def test_1002_care_leaver_has_episodes_this_year_or_last():
    found = run_rule(
        "1002",
        episodes=[ep("1", "01/05/2025", "01/06/2025", "E4A")],
        oc3=[oc3("1", "01/01/2008"), oc3("2", "01/01/2008"), oc3("3", "01/01/2008")],
        last={"episodes": [ep("2", "01/05/2024", "01/06/2024", "E4A")]},
    )
    assert found == {("OC3", 3)}


def test_1003_placement_for_adoption_decision_not_before_care_began():
    found = run_rule(
        "1003",
        episodes=[
            ep("1", "01/05/2024", "01/06/2025", "X1"),
            ep("1", "01/06/2025", RNE="P", PLACE="A5"),
            ep("2", "01/05/2024"),
        ],
        placed_adoption=[{"CHILD": "1", "DATE_PLACED": "30/04/2024"}, {"CHILD": "2", "DATE_PLACED": "01/05/2024"}],
    )
    assert found == {("Episodes", 1), ("PlacedAdoption", 1)}


def test_1004_1005_missing_episode_dates():
    rows: list[Row] = [
        {"CHILD": "1", "MIS_START": "01/05/2025", "MIS_END": "02/05/2025"},
        {"CHILD": "2", "MIS_START": "31/04/2025", "MIS_END": "31/04/2025"},
        {"CHILD": "3"},
        {"CHILD": "4", "MIS_START": "01/05/2025"},
    ]
    assert run_rule("1004", missing=rows) == {("Missing", 2), ("Missing", 3)}
    assert run_rule("1005", missing=rows) == {("Missing", 2)}


def test_1006_missing_type_is_m_or_a():
    found = run_rule("1006", missing=[{"CHILD": "1", "MISSING": "M"}, {"CHILD": "2", "MISSING": "a"}, {"CHILD": "3", "MISSING": "X"}, {"CHILD": "4"}])
    assert found == {("Missing", 3)}


def test_1007_no_care_leaver_information_if_looked_after_on_the_birthday():
    found = run_rule(
        "1007",
        episodes=[
            ep("1", "01/01/2025"),  # still looked after
            ep("2", "01/01/2025", "15/06/2025", "E4A"),  # left on the birthday
            ep("3", "01/01/2025", "16/06/2025", "E4A"),  # left the day after
            ep("4", "16/06/2025"),  # came into care after the birthday
            ep("5", "01/01/2025"),  # 19: not checked
            ep("6", "15/06/2025"),  # came into care on the birthday
        ],
        oc3=[
            oc3("1", "15/06/2008"),
            oc3("2", "15/06/2008"),
            oc3("3", "15/06/2007"),
            oc3("4", "15/06/2008"),
            oc3("5", "15/06/2006"),
            {"CHILD": "1", "DOB": "15/06/2008"},  # nothing completed
            oc3("6", "15/06/2008"),
        ],
    )
    assert found == {("OC3", 1), ("OC3", 3), ("OC3", 7)}


def test_1008_urn_is_an_ofsted_urn():
    found = run_rule(
        "1008",
        reference={"providers": [{"URN": "SC123456"}, {"URN": "2567939"}]},
        episodes=[
            ep("1", "01/05/2025", URN="SC123456"),
            ep("2", "01/05/2025", URN="sc123456"),
            ep("3", "01/05/2025", URN="XXXXXXX"),
            ep("4", "01/05/2025", URN="SC999999"),
            ep("5", "01/05/2025"),
        ],
    )
    assert found == {("Episodes", 4)}


def test_1009_reason_for_placement_change_is_a_valid_code():
    found = run_rule(
        "1009",
        episodes=[ep("1", "01/05/2025", REASON_PLACE_CHANGE="CARPL"), ep("2", "01/05/2025", REASON_PLACE_CHANGE="custod"), ep("3", "01/05/2025", REASON_PLACE_CHANGE="MOVE"), ep("4", "01/05/2025")],
    )
    assert found == {("Episodes", 3)}


def test_1010_care_leaver_open_last_year_has_episodes_this_year():
    found = run_rule(
        "1010",
        episodes=[ep("1", "01/02/2025", "01/06/2025", "E4A")],
        oc3=[oc3("1", "01/01/2008"), oc3("2", "01/01/2008"), oc3("3", "01/01/2008"), oc3("9", "01/01/2008")],
        last={
            "episodes": [
                ep("1", "01/02/2025"),
                ep("2", "01/01/2025", "01/02/2025", "X1"),
                ep("2", "01/02/2025"),  # open at last year's end, nothing this year
                ep("3", "01/01/2025", "01/02/2025", "E4A"),  # closed last year
                ep("9", "01/01/2025"),  # open, nothing this year (the last child in order)
            ]
        },
    )
    assert found == {("OC3", 2), ("OC3", 4)}


def test_1011_no_care_leaver_information_after_transfer_to_another_la():
    found = run_rule(
        "1011",
        episodes=[
            ep("1", "01/05/2025", "01/06/2025", "E3"),
            ep("2", "01/05/2025", "01/06/2025", "E3"),
            ep("2", "01/09/2025", "01/10/2025", "E4A"),  # E3 was not the final episode
            ep("3", "01/05/2025", "01/06/2025", "E3"),
            ep("9", "01/05/2025", "01/06/2025", "E3"),  # the last child in order
        ],
        oc3=[oc3("1", "01/01/2008"), oc3("2", "01/01/2008"), {"CHILD": "3", "DOB": "01/01/2008"}, oc3("9", "01/01/2008")],
    )
    assert found == {("OC3", 1), ("OC3", 4)}


def test_1012_no_other_tables_for_children_without_episodes():
    found = run_rule(
        "1012",
        episodes=[ep("1", "01/05/2025")],
        reviews=[{"CHILD": "1", "REVIEW": "01/06/2025"}, {"CHILD": "2", "REVIEW": "01/06/2025"}],
        missing=[{"CHILD": "2", "MIS_START": "01/06/2025"}],
        oc2=[{"CHILD": "1"}, {"CHILD": "3"}],
        placed_adoption=[{"CHILD": "4"}, {"CHILD": "1"}, {"DOB": "01/01/2010"}],
        ad1=[{"CHILD": "5"}],
        prev_perm=[{"CHILD": "1"}, {"CHILD": "6"}],
    )
    assert found == {("Reviews", 2), ("Missing", 1), ("OC2", 2), ("PlacedAdoption", 1), ("PlacedAdoption", 3), ("AD1", 1), ("PrevPerm", 2)}


def test_1014_no_uasc_information_for_care_leavers():
    found = run_rule(
        "1014",
        episodes=[
            ep("2", "01/05/2025"),
            ep("3", "01/01/2024", "01/03/2025", "E4A"),
            ep("7", "01/01/2024", "01/04/2025", "E4A"),  # left on the first day of the year: looked after in it
            ep("8", "31/03/2026"),  # came into care on the last day
        ],
        uasc=[{"CHILD": c, "DOB": "01/01/2008"} for c in "1234578"],
        oc3=[oc3("1", "01/01/2008"), oc3("2", "01/01/2008"), oc3("3", "01/01/2008"), {"CHILD": "4", "DOB": "01/01/2008"}, oc3("6", "01/01/2008"), oc3("7", "01/01/2008"), oc3("8", "01/01/2008")],
    )
    # 1: no episodes at all; 3: episodes ended before the year; 2 is looked after; 4 has no OC3 data; 6 is not UASC.
    assert found == {("UASC", 1), ("OC3", 1), ("UASC", 3), ("OC3", 3)}


def test_1016_no_care_leaver_information_if_care_ended_after_the_birthday():
    found = run_rule(
        "1016",
        episodes=[
            ep("1", "01/01/2025", "15/06/2025", "E4A"),  # 17 now; left on the 17th birthday
            ep("2", "01/01/2025", "14/06/2025", "E4A"),  # left the day before
            ep("3", "01/01/2025", "14/06/2025", "E4A"),  # 18 now; left after the 17th birthday but before the 18th
            ep("4", "01/01/2025", "16/06/2025", "E4A"),  # 18 now; left after the 18th
            ep("5", "01/01/2025", "16/06/2025", "E4A"),  # 19: not checked
        ],
        oc3=[oc3("1", "15/06/2008"), oc3("2", "15/06/2008"), oc3("3", "15/06/2007"), oc3("4", "15/06/2007"), oc3("5", "15/06/2006")],
    )
    assert found == {("OC3", 1), ("OC3", 4)}


def test_1016_is_in_force_from_2023_24():
    with pytest.raises(AssertionError, match="no rule 1016 in force"):
        run_rule("1016", year="2022-23", oc3=[])
