"""Batch 5 rules (600s adoption/motherhood/previous permanence, 700s DoLO, EPI, NoE, INT, SW): each rule's
failing and passing fixtures side by side. Collection year 2025-26 (1 April 2025 to 31 March 2026) unless
a test says otherwise; DoLO rules run in 2026-27."""

from typing import Any

from .ruletest import run_rule

Rows = list[dict[str, str | None]]


def run_tables(code: str, tables: dict[str, Any], year: str = "2025-26") -> set[tuple]:
    """run_rule with tables named at run time (one test covers several look-alike rules)."""
    return run_rule(code, year, **tables)


ADOPTION: dict[str, str | None] = {
    "DATE_INT": "01/01/2024",
    "DATE_MATCH": "01/03/2024",
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF",
    "LS_ADOPTR": "L11",
}


def test_601_adopted_in_year_needs_every_ad1_item():
    found = run_rule(
        "601",
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2025", "DEC": "10/05/2025", "REC": "E11"},  # AD1 complete
            {"CHILD": "2", "DECOM": "01/01/2025", "DEC": "10/05/2025", "REC": "E12"},  # AD1 lacks LS_ADOPTR
            {"CHILD": "3", "DECOM": "01/01/2025", "DEC": "10/05/2025", "REC": "E11"},  # no AD1 row
            {"CHILD": "4", "DECOM": "01/01/2024", "DEC": "31/03/2025", "REC": "E11"},  # adopted last year
            {"CHILD": "5", "DECOM": "01/01/2025", "DEC": "10/05/2025", "REC": "E4A"},  # not adopted
        ],
        ad1=[
            {"CHILD": "1", **ADOPTION},
            {"CHILD": "2", **{**ADOPTION, "LS_ADOPTR": None}},
            {"CHILD": "4", **{**ADOPTION, "DATE_INT": None}},
            {"CHILD": "5", **{**ADOPTION, "DATE_MATCH": None}},
        ],
    )
    assert found == {("AD1", 2), ("Episodes", 2), ("Episodes", 3)}


def test_602_ad1_details_need_an_adoption_in_the_year():
    found = run_rule(
        "602",
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2025", "DEC": "31/03/2026", "REC": "E12"},  # last day of the year
            {"CHILD": "2", "DECOM": "01/01/2025", "DEC": "31/03/2025", "REC": "E11"},  # last year
            {"CHILD": "3", "DECOM": "01/01/2025"},
        ],
        ad1=[
            {"CHILD": "1", **ADOPTION},
            {"CHILD": "2", **ADOPTION},
            {"CHILD": "3", "FOSTER_CARE": "1"},
            {"CHILD": "4"},
        ],
    )
    assert found == {("AD1", 2), ("AD1", 3)}


def test_607_girl_leaving_care_needs_mother_field():
    found = run_rule(
        "607",
        header=[
            {"CHILD": "1", "SEX": "F"},
            {"CHILD": "2", "SEX": "F", "MOTHER": "0"},
            {"CHILD": "3", "SEX": "M"},
            {"CHILD": "4", "SEX": "F"},
            {"CHILD": "5", "SEX": "F"},
        ],
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2025", "DEC": "01/05/2025", "REC": "X1", "LS": "C2"},
            {
                "CHILD": "1",
                "DECOM": "01/05/2025",
                "DEC": "01/06/2025",
                "REC": "E4A",
                "LS": "C2",
            },  # leaves, no MOTHER
            {"CHILD": "2", "DECOM": "01/01/2025", "DEC": "01/06/2025", "REC": "E4A", "LS": "C2"},
            {"CHILD": "3", "DECOM": "01/01/2025", "DEC": "01/06/2025", "REC": "E4A", "LS": "C2"},
            {
                "CHILD": "4",
                "DECOM": "01/01/2025",
                "DEC": "01/06/2025",
                "REC": "E4A",
                "LS": "V3",
            },  # short break
            {"CHILD": "5", "DECOM": "01/01/2025", "DEC": "31/03/2025", "REC": "E4A", "LS": "C2"},  # last year
        ],
    )
    assert found == {("Episodes", 2), ("Header", 1)}


def test_611_mother_needs_child_date_of_birth():
    found = run_rule(
        "611",
        header=[
            {"CHILD": "1", "MOTHER": "1", "MC_DOB": "01/01/2025"},
            {"CHILD": "2", "MOTHER": "1"},
            {"CHILD": "3", "MOTHER": "1", "MC_DOB": "2025-01-01"},  # given, if not valid (another rule's)
            {"CHILD": "4", "MOTHER": "0"},
        ],
    )
    assert found == {("Header", 2)}


def test_612_child_dob_given_but_not_a_mother():
    found = run_rule(
        "612",
        header=[
            {"CHILD": "1", "SEX": "F", "MOTHER": "0", "MC_DOB": "01/01/2025"},
            {"CHILD": "2", "SEX": "F", "MC_DOB": "01/01/2025"},
            {"CHILD": "3", "SEX": "F", "MOTHER": "1", "MC_DOB": "01/01/2025"},
            {"CHILD": "4", "SEX": "M", "MOTHER": "0", "MC_DOB": "01/01/2025"},
            {"CHILD": "5", "SEX": "F", "MOTHER": "0"},
        ],
    )
    assert found == {("Header", 1), ("Header", 2)}


def test_620_mother_must_be_11_at_start_of_year():
    found = run_rule(
        "620",
        header=[
            {"CHILD": "1", "DOB": "01/04/2014", "MOTHER": "1"},  # 11 on 1 April 2025
            {"CHILD": "2", "DOB": "02/04/2014", "MOTHER": "1"},  # 11 a day later
            {"CHILD": "3", "DOB": "02/04/2014", "MOTHER": "0"},
        ],
    )
    assert found == {("Header", 2)}


def test_621_mother_older_than_her_child():
    found = run_rule(
        "621",
        header=[
            {"CHILD": "1", "DOB": "01/01/2008", "MC_DOB": "01/06/2025"},
            {"CHILD": "2", "DOB": "01/01/2008", "MC_DOB": "01/01/2008"},
            {"CHILD": "3", "DOB": "01/01/2008", "MC_DOB": "01/01/2007"},
            {"CHILD": "4", "DOB": "01/01/2008"},
        ],
    )
    assert found == {("Header", 2), ("Header", 3)}


def test_624_first_child_dob_must_match_last_year():
    found = run_rule(
        "624",
        header=[
            {"CHILD": "1", "MC_DOB": "01/06/2024"},
            {"CHILD": "2", "MC_DOB": "02/06/2024"},
            {"CHILD": "3"},
            {"CHILD": "4", "MC_DOB": "02/06/2024"},
            {"CHILD": "5", "MC_DOB": "1/6/2024"},
        ],
        last={
            "header": [
                {"CHILD": "1", "MC_DOB": "01/06/2024"},
                {"CHILD": "2", "MC_DOB": "01/06/2024"},
                {"CHILD": "3", "MC_DOB": "01/06/2024"},
                {"CHILD": "4"},
                {"CHILD": "5", "MC_DOB": "01/06/2024"},
            ]
        },
    )
    assert found == {("Header", 2), ("Header", 3)}


def test_625_first_child_born_after_year_end_or_leaving_care():
    found = run_rule(
        "625",
        header=[
            {"CHILD": "1", "MC_DOB": "31/03/2026"},
            {"CHILD": "2", "MC_DOB": "01/04/2026"},  # after the year
            {"CHILD": "3", "MC_DOB": "02/06/2025"},  # after leaving care
            {"CHILD": "4", "MC_DOB": "01/06/2025"},
        ],
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2025"},
            {"CHILD": "3", "DECOM": "01/01/2025", "DEC": "01/06/2025", "REC": "E4A"},
            {"CHILD": "4", "DECOM": "01/01/2025", "DEC": "01/06/2025", "REC": "E4A"},
        ],
    )
    assert found == {("Header", 2), ("Header", 3), ("Episodes", 2)}


def test_626_mother_status_contradicts_last_year():
    found = run_rule(
        "626",
        header=[
            {"CHILD": "1", "MOTHER": "1", "MC_DOB": "31/03/2025"},  # born last year, yet not a mother then
            {"CHILD": "2", "MOTHER": "1", "MC_DOB": "01/04/2025"},  # born this year
            {"CHILD": "3", "MOTHER": "1", "MC_DOB": "31/03/2025"},
        ],
        last={
            "header": [
                {"CHILD": "1", "MOTHER": "0"},
                {"CHILD": "2", "MOTHER": "0"},
                {"CHILD": "3", "MOTHER": "1"},
            ]
        },
    )
    assert found == {("Header", 1)}


def test_628_care_leaver_not_looked_after_needs_no_motherhood():
    found = run_rule(
        "628",
        header=[
            {"CHILD": "1", "MOTHER": "0"},
            {"CHILD": "2"},
            {"CHILD": "3", "MOTHER": "1"},
            {"CHILD": "4", "MOTHER": "1"},
        ],
        oc3=[
            {"CHILD": "1", "IN_TOUCH": "YES"},
            {"CHILD": "2", "IN_TOUCH": "YES"},
            {"CHILD": "3", "IN_TOUCH": "YES"},
        ],
        episodes=[{"CHILD": "3", "DECOM": "01/01/2025"}],
    )
    assert found == {("Header", 1)}


def test_630_starter_needs_previous_permanence():
    found = run_rule(
        "630",
        episodes=[
            {"CHILD": "1", "DECOM": "01/05/2025", "RNE": "S"},  # Z1, nothing else needed
            {"CHILD": "2", "DECOM": "01/05/2025", "RNE": "S"},  # no PrevPerm row
            {"CHILD": "3", "DECOM": "01/05/2025", "RNE": "S"},  # P1 without LA_PERM
            {"CHILD": "4", "DECOM": "01/05/2025", "RNE": "S"},  # P2 complete
            {"CHILD": "5", "DECOM": "31/03/2025", "RNE": "S"},  # started last year
            {"CHILD": "6", "DECOM": "01/05/2025", "RNE": "P"},
            {"CHILD": "7", "DECOM": "01/04/2025", "RNE": "S"},  # blank PREV_PERM
        ],
        prev_perm=[
            {"CHILD": "1", "PREV_PERM": "Z1"},
            {"CHILD": "3", "PREV_PERM": "P1", "DATE_PERM": "01/01/2020"},
            {"CHILD": "4", "PREV_PERM": "P2", "LA_PERM": "839", "DATE_PERM": "ZZ/ZZ/2020"},
            {"CHILD": "7"},
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 7)}


def test_631_previous_permanence_code():
    found = run_rule(
        "631",
        prev_perm=[
            {"CHILD": "1", "PREV_PERM": "P4"},
            {"CHILD": "2", "PREV_PERM": "P5"},
            {"CHILD": "3"},
            {"CHILD": "4", "PREV_PERM": "z1"},
        ],
    )
    assert found == {("PrevPerm", 2)}


def test_632_previous_permanence_date_format_and_before_care():
    episodes: Rows = [{"CHILD": str(c), "DECOM": "15/06/2025"} for c in range(1, 10)]
    episodes.append({"CHILD": "1", "DECOM": "01/01/2020"})
    found = run_rule(
        "632",
        episodes=episodes,
        prev_perm=[
            {"CHILD": "2", "DATE_PERM": "14/06/2025"},  # the day before
            {"CHILD": "3", "DATE_PERM": "15/06/2025"},  # the same day
            {"CHILD": "4", "DATE_PERM": "zz/05/2025"},  # at latest 31 May
            {"CHILD": "5", "DATE_PERM": "ZZ/06/2025"},  # could be 30 June
            {"CHILD": "6", "DATE_PERM": "ZZ/ZZ/2025"},  # could be December
            {"CHILD": "7", "DATE_PERM": "ZZ/ZZ/ZZZZ"},  # unknown, valid
            {"CHILD": "8", "DATE_PERM": "31/02/2020"},  # not a date
            {"CHILD": "9", "DATE_PERM": "15/ZZ/2020"},  # not an allowed form
            {"CHILD": "1", "DATE_PERM": "01/01/2021"},  # after the child's first episode (2020)
            {"CHILD": "10", "DATE_PERM": "2020-01-01"},  # no episodes, bad format still reported
        ],
    )
    assert found == {
        ("PrevPerm", 2),
        ("PrevPerm", 4),
        ("PrevPerm", 5),
        ("PrevPerm", 7),
        ("PrevPerm", 8),
        ("PrevPerm", 9),
        ("PrevPerm", 10),
        ("Episodes", 3),
        ("Episodes", 5),
        ("Episodes", 6),
        ("Episodes", 8),
        ("Episodes", 9),
        ("Episodes", 10),
    }


def test_633_la_of_previous_permanence():
    found = run_rule(
        "633",
        prev_perm=[
            {"CHILD": "1", "LA_PERM": "839"},
            {"CHILD": "2", "LA_PERM": "458"},
            {"CHILD": "3", "LA_PERM": "sco"},
            {"CHILD": "4"},
            {"CHILD": "5", "LA_PERM": "835"},
        ],
    )
    assert found == {("PrevPerm", 2)}


def test_634_previous_permanence_only_for_children_starting_this_year():
    found = run_rule(
        "634",
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2024"},
            {"CHILD": "1", "DECOM": "01/02/2024"},
            {"CHILD": "2", "DECOM": "01/01/2024"},
            {"CHILD": "2", "DECOM": "01/04/2025"},
            {"CHILD": "3", "DECOM": "01/01/2024"},
        ],
        prev_perm=[{"CHILD": "1", "PREV_PERM": "Z1"}, {"CHILD": "2", "PREV_PERM": "Z1"}, {"CHILD": "3"}],
    )
    assert found == {("PrevPerm", 1), ("Episodes", 1), ("Episodes", 2)}


def test_635_no_order_details_when_no_previous_order():
    found = run_rule(
        "635",
        prev_perm=[
            {"CHILD": "1", "PREV_PERM": "Z1", "LA_PERM": "839"},
            {"CHILD": "2", "PREV_PERM": "Z1"},
            {"CHILD": "3", "DATE_PERM": "01/01/2020"},
            {"CHILD": "4", "PREV_PERM": "P1", "LA_PERM": "839", "DATE_PERM": "01/01/2020"},
        ],
    )
    assert found == {("PrevPerm", 1), ("PrevPerm", 3)}


def dolo_rule(code: str, **tables: Rows) -> set[tuple]:
    return run_tables(code, tables, year="2026-27")


def test_700_dolo_start_valid():
    found = dolo_rule(
        "700",
        dolo=[
            {"CHILD": "1", "DOLO_START": "01/05/2026"},
            {"CHILD": "2", "DOLO_START": "32/05/2026"},
            {"CHILD": "3"},
        ],
    )
    assert found == {("DoLo", 2), ("DoLo", 3)}


def test_701_dolo_end_valid_when_given():
    found = dolo_rule(
        "701",
        dolo=[
            {"CHILD": "1", "DOLO_END": "01/05/2026"},
            {"CHILD": "2", "DOLO_END": "May 2026"},
            {"CHILD": "3"},
        ],
    )
    assert found == {("DoLo", 2)}


def test_702_dolo_end_not_before_start():
    found = dolo_rule(
        "702",
        dolo=[
            {"CHILD": "1", "DOLO_START": "01/05/2026", "DOLO_END": "01/05/2026"},
            {"CHILD": "2", "DOLO_START": "01/05/2026", "DOLO_END": "30/04/2026"},
            {"CHILD": "3", "DOLO_START": "01/05/2026"},
        ],
    )
    assert found == {("DoLo", 2)}


def test_703_dolo_start_not_after_year_end():
    found = dolo_rule(
        "703",
        dolo=[
            {"CHILD": "1", "DOLO_START": "31/03/2027"},
            {"CHILD": "2", "DOLO_START": "01/04/2027"},
            {"CHILD": "3", "DOLO_START": "01/01/2020"},
        ],
    )
    assert found == {("DoLo", 2)}


def test_704_dolo_end_inside_the_year():
    found = dolo_rule(
        "704",
        dolo=[
            {"CHILD": "1", "DOLO_END": "01/04/2026"},
            {"CHILD": "2", "DOLO_END": "31/03/2026"},
            {"CHILD": "3", "DOLO_END": "31/03/2027"},
            {"CHILD": "4", "DOLO_END": "01/04/2027"},
            {"CHILD": "5"},
        ],
    )
    assert found == {("DoLo", 2), ("DoLo", 4)}


def test_705_dolo_cannot_start_while_previous_open():
    found = dolo_rule(
        "705",
        dolo=[
            {"CHILD": "1", "DOLO_START": "01/05/2026", "DOLO_END": "01/06/2026"},
            {"CHILD": "1", "DOLO_START": "01/06/2026"},  # starts the day the last ended
            {"CHILD": "2", "DOLO_START": "01/05/2026"},
            {"CHILD": "2", "DOLO_START": "01/07/2026", "DOLO_END": "01/08/2026"},  # previous still open
            {"CHILD": "3", "DOLO_START": "01/05/2026", "DOLO_END": "01/07/2026"},
            {"CHILD": "3", "DOLO_START": "30/06/2026"},  # overlaps
        ],
    )
    assert found == {("DoLo", 4), ("DoLo", 6)}


def test_707_open_dolo_after_leaving_care():
    found = dolo_rule(
        "707",
        episodes=[
            {"CHILD": "1", "DECOM": "01/05/2026", "DEC": "01/06/2026", "REC": "X1"},
            {"CHILD": "1", "DECOM": "01/06/2026"},
            {"CHILD": "2", "DECOM": "01/05/2026", "DEC": "01/09/2026", "REC": "E4A"},
            {"CHILD": "3", "DECOM": "01/05/2026", "DEC": "01/09/2026", "REC": "E4A"},
            {"CHILD": "4", "DECOM": "01/05/2026", "DEC": "01/09/2026", "REC": "E4A"},
            {"CHILD": "4", "DECOM": "01/10/2026"},
            {"CHILD": "5", "DECOM": "01/05/2026", "DEC": "01/09/2026", "REC": "E4A"},
        ],
        dolo=[
            {"CHILD": "1", "DOLO_START": "10/05/2026"},  # open, child still looked after
            {"CHILD": "2", "DOLO_START": "10/05/2026"},  # open, child left care
            {"CHILD": "3", "DOLO_START": "10/05/2026", "DOLO_END": "01/08/2026"},
            {"CHILD": "4", "DOLO_START": "10/10/2026"},  # open, in the second period
            {"CHILD": "5", "DOLO_START": "10/05/2026", "DOLO_END": "10/09/2026"},  # ends after care ended
            {"CHILD": "6", "DOLO_START": "10/05/2026"},  # no episodes: not this rule's
        ],
    )
    assert found == {("DoLo", 2), ("DoLo", 5)}


def test_708_dolo_after_birth():
    found = dolo_rule(
        "708",
        dolo=[
            {"CHILD": "1", "DOB": "01/01/2012", "DOLO_START": "01/05/2026"},
            {"CHILD": "2", "DOB": "01/05/2026", "DOLO_START": "01/05/2026"},
            {"CHILD": "3", "DOB": "02/05/2026", "DOLO_START": "01/05/2026"},
        ],
    )
    assert found == {("DoLo", 2), ("DoLo", 3)}


DOLO_EPISODES: Rows = [
    {"CHILD": "1", "DECOM": "01/04/2026", "DEC": "01/06/2026", "REC": "X1", "PLACE": "K2"},
    {"CHILD": "1", "DECOM": "01/06/2026", "DEC": "01/08/2026", "REC": "X1", "PLACE": "K1"},
    {"CHILD": "1", "DECOM": "01/08/2026", "PLACE": "U1"},
    {"CHILD": "2", "DECOM": "01/04/2026", "PLACE": "P1"},
]


def test_709_dolo_placement_expected_types():
    found = dolo_rule(
        "709",
        episodes=DOLO_EPISODES,
        dolo=[
            {
                "CHILD": "1",
                "DOLO_START": "01/05/2026",
                "DOLO_END": "01/06/2026",
            },  # touches K2 and, on 1 June, K1
            {"CHILD": "1", "DOLO_START": "02/04/2026", "DOLO_END": "31/05/2026"},  # K2 only
            {"CHILD": "2", "DOLO_START": "01/05/2026"},  # open: not checked
        ],
    )
    assert found == {("DoLo", 1), ("Episodes", 2)}


def test_710_dolo_placement_forbidden_types():
    found = dolo_rule(
        "710",
        episodes=DOLO_EPISODES,
        dolo=[
            {"CHILD": "1", "DOLO_START": "02/08/2026", "DOLO_END": "01/09/2026"},  # U1 only: not forbidden
            {"CHILD": "1", "DOLO_START": "02/07/2026", "DOLO_END": "01/09/2026"},  # K1 and U1
            {"CHILD": "2", "DOLO_START": "01/05/2026", "DOLO_END": "01/06/2026"},  # P1
        ],
    )
    assert found == {("DoLo", 2), ("DoLo", 3), ("Episodes", 2), ("Episodes", 4)}


def test_epi_child_needs_episodes_or_oc3():
    found = run_rule(
        "EPI",
        header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
        episodes=[{"CHILD": "1", "DECOM": "01/05/2025"}],
        oc3=[{"CHILD": "2", "IN_TOUCH": "YES"}],
    )
    assert found == {("Header", 3)}


def test_noe_earlier_start_needs_last_year_episodes():
    found = run_rule(
        "NoE",
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2025"},
            {"CHILD": "2", "DECOM": "31/03/2025"},
            {"CHILD": "3", "DECOM": "01/04/2025"},
        ],
        last={"episodes": [{"CHILD": "1", "DECOM": "01/01/2025"}]},
    )
    assert found == {("Episodes", 2)}


IN_HEADER = {
    "INT01": ("ad1", "AD1"),
    "INT02": ("placed_adoption", "PlacedAdoption"),
    "INT03": ("episodes", "Episodes"),
    "INT04": ("missing", "Missing"),
    "INT05": ("oc2", "OC2"),
    "INT06": ("oc3", "OC3"),
    "INT07": ("prev_perm", "PrevPerm"),
    "INT08": ("reviews", "Reviews"),
    "INT09": ("uasc", "UASC"),
}


def test_int01_to_int09_child_must_be_in_header():
    for code, (sql, name) in IN_HEADER.items():
        found = run_tables(
            code, {"header": [{"CHILD": "1"}], sql: [{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "1"}]}
        )
        assert found == {(name, 2)}, code


SAME_AS_HEADER = {
    "INT11": ("ad1", "AD1"),
    "INT12": ("placed_adoption", "PlacedAdoption"),
    "INT13": ("missing", "Missing"),
    "INT14": ("oc2", "OC2"),
    "INT15": ("oc3", "OC3"),
    "INT16": ("prev_perm", "PrevPerm"),
    "INT17": ("reviews", "Reviews"),
    "INT18": ("uasc", "UASC"),
}


def test_int11_to_int18_dob_must_match_header():
    header: Rows = [{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2010"}, {"CHILD": "3"}]
    rows: Rows = [
        {"CHILD": "1", "DOB": "01/01/2010"},
        {"CHILD": "2", "DOB": "02/01/2010"},  # differs
        {"CHILD": "3", "DOB": "01/01/2010"},  # header blank
        {"CHILD": "2", "DOB": "1/1/2010"},  # same date, written differently
        {"CHILD": "4", "DOB": "01/01/2011"},  # not in header
    ]
    for code, (sql, name) in SAME_AS_HEADER.items():
        assert run_tables(code, {"header": header, sql: rows}) == {(name, 2)}, code


def test_int21_uasc_sex_must_match_header():
    found = run_rule(
        "INT21",
        header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "F"}, {"CHILD": "3"}],
        uasc=[{"CHILD": "1", "SEX": "m"}, {"CHILD": "2", "SEX": "M"}, {"CHILD": "3", "SEX": "F"}],
    )
    assert found == {("UASC", 2)}


ONCE = {
    "INT31": ("ad1", "AD1"),
    "INT32": ("header", "Header"),
    "INT33": ("oc2", "OC2"),
    "INT34": ("oc3", "OC3"),
    "INT35": ("prev_perm", "PrevPerm"),
    "INT36": ("uasc", "UASC"),
}


def test_int31_to_int36_child_once_per_table():
    for code, (sql, name) in ONCE.items():
        found = run_tables(code, {sql: [{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "1"}, {}, {}]})
        assert found == {(name, 1), (name, 3)}, code


def test_sw01a_episode_before_year_needs_id():
    found = run_rule(
        "SW01aSTG1",
        sw_episodes=[
            {"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "31/03/2025"},
            {"CHILD": "2", "SW_DECOM": "31/03/2025"},  # before the year, no ID
            {"CHILD": "3", "SW_DECOM": "01/04/2025"},  # in the year: SW01b's
            {"CHILD": "4", "SW_ID": "SW1"},  # no start
        ],
    )
    assert found == {("SWEpisodes", 2), ("SWEpisodes", 4)}


def test_sw01b_episode_in_year_needs_id_and_reason():
    found = run_rule(
        "SW01bSTG1",
        sw_episodes=[
            {"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "01/04/2025", "SW_REASON": "MANAGE"},
            {"CHILD": "2", "SW_ID": "SW1", "SW_DECOM": "01/04/2025"},  # no reason
            {"CHILD": "3", "SW_DECOM": "01/04/2025", "SW_REASON": "MANAGE"},  # no ID
            {"CHILD": "4", "SW_ID": "SW1", "SW_DECOM": "31/03/2025"},  # before the year: reason optional
            {"CHILD": "5", "SW_ID": "SW1", "SW_REASON": "MANAGE"},  # no start
        ],
    )
    assert found == {("SWEpisodes", 2), ("SWEpisodes", 3), ("SWEpisodes", 5)}


def test_sw02_social_worker_id_prefix():
    found = run_rule(
        "SW02STG1",
        sw_episodes=[
            {"CHILD": "1", "SW_ID": "SW123"},
            {"CHILD": "2", "SW_ID": "xx9"},
            {"CHILD": "3", "SW_ID": "AB123"},
            {"CHILD": "4"},
        ],
    )
    assert found == {("SWEpisodes", 3), ("SWEpisodes", 4)}


def test_sw04_sw05_social_worker_dates_valid():
    rows: Rows = [
        {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": "01/05/2025"},
        {"CHILD": "2", "SW_DECOM": "31/04/2025", "SW_DEC": "2025"},
        {"CHILD": "3"},
    ]
    assert run_rule("SW04STG1", sw_episodes=rows) == {("SWEpisodes", 2)}
    assert run_rule("SW05STG1", sw_episodes=rows) == {("SWEpisodes", 2)}


def test_sw06_episode_starts_by_year_end():
    found = run_rule(
        "SW06STG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "31/03/2026"},
            {"CHILD": "2", "SW_DECOM": "01/04/2026"},
            {"CHILD": "3"},
        ],
    )
    assert found == {("SWEpisodes", 2)}


def test_sw07_episode_end_in_reporting_period():
    found = run_rule(
        "SW07STG2",
        sw_episodes=[
            {
                "CHILD": "1",
                "SW_DEC": "01/04/2024",
            },  # start of the reporting period, a year before the collection year
            {"CHILD": "2", "SW_DEC": "31/03/2024"},
            {"CHILD": "3", "SW_DEC": "31/03/2026"},
            {"CHILD": "4", "SW_DEC": "01/04/2026"},
            {"CHILD": "5"},
        ],
    )
    assert found == {("SWEpisodes", 2), ("SWEpisodes", 4)}


def test_sw08_only_latest_episode_may_be_open():
    found = run_rule(
        "SW08STG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025"},  # open, and a later one exists
            {"CHILD": "1", "SW_DECOM": "01/06/2025"},
            {"CHILD": "2", "SW_DECOM": "01/04/2025", "SW_DEC": "01/06/2025"},
            {"CHILD": "2", "SW_DECOM": "01/06/2025"},
            {"CHILD": "3", "SW_DECOM": "01/04/2025"},
            {"CHILD": "4", "SW_DECOM": "01/07/2025"},  # same start as the next; the open one is the latest
            {"CHILD": "4", "SW_DECOM": "01/07/2025", "SW_DEC": "01/07/2025"},
        ],
    )
    assert found == {("SWEpisodes", 1)}


def test_sw09_episode_longer_than_a_day():
    found = run_rule(
        "SW09STG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": "01/04/2025"},
            {"CHILD": "2", "SW_DECOM": "01/04/2025", "SW_DEC": "02/04/2025"},
            {"CHILD": "3", "SW_DECOM": "01/04/2025"},
        ],
    )
    assert found == {("SWEpisodes", 1)}


def test_sw10_episode_starts_after_previous_ends():
    found = run_rule(
        "SW10STG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": "20/06/2025"},
            {"CHILD": "1", "SW_DECOM": "13/06/2025", "SW_REASON": "MANAGE"},  # 7 days early: allowed
            {"CHILD": "2", "SW_DECOM": "01/04/2025", "SW_DEC": "20/06/2025"},
            {"CHILD": "2", "SW_DECOM": "12/06/2025", "SW_REASON": "MANAGE"},  # 8 days early
            {"CHILD": "3", "SW_DECOM": "01/04/2025", "SW_DEC": "20/06/2025"},
            {"CHILD": "3", "SW_DECOM": "12/06/2025", "SW_REASON": "FCONTA"},  # family's request
            {"CHILD": "4", "SW_DECOM": "01/04/2025", "SW_DEC": "20/06/2025"},
            {"CHILD": "4", "SW_DECOM": "01/05/2025"},  # no reason
        ],
    )
    assert found == {("SWEpisodes", 4), ("SWEpisodes", 8)}


def test_sw11b_episode_ending_at_year_end_needs_a_successor():
    found = run_rule(
        "SW11bSTG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": "26/03/2026"},  # followed
            {"CHILD": "1", "SW_DECOM": "26/03/2026"},
            {"CHILD": "2", "SW_DECOM": "01/04/2025", "SW_DEC": "26/03/2026"},  # last five days, nothing after
            {"CHILD": "3", "SW_DECOM": "01/04/2025", "SW_DEC": "25/03/2026"},  # before the window
            {"CHILD": "4", "SW_DECOM": "01/04/2025", "SW_DEC": "20/03/2026"},
            {"CHILD": "4", "SW_DECOM": "21/03/2026", "SW_DEC": "31/03/2026"},  # last day, nothing after
        ],
    )
    assert found == {("SWEpisodes", 3), ("SWEpisodes", 6)}


def test_sw12_looked_after_at_year_end_needs_social_worker_episodes():
    found = run_rule(
        "SW12STG2",
        episodes=[
            {"CHILD": "1", "DECOM": "01/01/2024", "RNE": "S", "LS": "C2"},  # covered since before the year
            {"CHILD": "2", "DECOM": "01/01/2024", "RNE": "S", "LS": "C2"},  # episodes only from May
            {"CHILD": "3", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2"},  # covered from when care began
            {"CHILD": "4", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2"},  # no social worker episodes
            {"CHILD": "5", "DECOM": "01/06/2025", "RNE": "S", "LS": "V3"},  # short breaks
            {
                "CHILD": "6",
                "DECOM": "01/06/2025",
                "DEC": "01/09/2025",
                "RNE": "S",
                "REC": "E4A",
                "LS": "C2",
            },  # left care
        ],
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/01/2024"},
            {"CHILD": "2", "SW_DECOM": "01/05/2025"},
            {"CHILD": "3", "SW_DECOM": "01/06/2025"},
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 4)}


def test_sw13_reason_valid_and_given_in_year():
    found = run_rule(
        "SW13STG1",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_REASON": "OTHERS"},
            {"CHILD": "2", "SW_DECOM": "01/04/2025", "SW_REASON": "NOPE"},
            {"CHILD": "3", "SW_DECOM": "01/04/2025"},
            {"CHILD": "4", "SW_DECOM": "31/03/2025"},
        ],
    )
    assert found == {("SWEpisodes", 2), ("SWEpisodes", 3)}


def test_sw17_latest_episode_open_at_year_end():
    found = run_rule(
        "SW17STG2",
        sw_episodes=[
            {"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": "01/06/2025"},
            {"CHILD": "1", "SW_DECOM": "01/06/2025"},
            {"CHILD": "2", "SW_DECOM": "01/04/2025"},
            {"CHILD": "2", "SW_DECOM": "01/06/2025", "SW_DEC": "01/07/2025"},  # latest has ended
            {"CHILD": "3", "SW_DECOM": "01/07/2025"},  # same start as the next, but open: the later one
            {"CHILD": "3", "SW_DECOM": "01/07/2025", "SW_DEC": "01/07/2025"},
        ],
    )
    assert found == {("SWEpisodes", 4)}


def test_706_open_dolo_last_year_must_continue():
    # 2026-27: last year's return collected no DoLOs, so nothing can be open: the rule runs and finds nothing.
    dolo = [{"CHILD": "1", "DOLO_START": "01/05/2026"}]
    assert run_rule("706", year="2026-27", dolo=dolo, last={"header": [{"CHILD": "1"}]}) == set()
