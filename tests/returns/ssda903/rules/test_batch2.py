"""Batch 2 of the DfE 903 rules (202-367): each rule's failing and passing fixtures side by side.

Collection year 2025-26 unless a test says otherwise: 1 April 2025 to 31 March 2026."""

import pytest

from .ruletest import run_rule

Rows = list[dict[str, str | None]]


def ep(child: str, decom: str, **cells: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, **cells}


# ---- year-on-year Header checks --------------------------------------------------------------------------


def test_203_dob_must_match_last_year():
    found = run_rule(
        "203",
        header=[
            {"CHILD": "1", "DOB": "01/01/2010"},
            {"CHILD": "2", "DOB": "02/01/2010"},
            {"CHILD": "3", "DOB": "01/01/2010"},
            {"CHILD": "4"},
        ],
        last={
            "header": [
                {"CHILD": "1", "DOB": "01/01/2010"},
                {"CHILD": "2", "DOB": "01/01/2010"},
                {"CHILD": "4", "DOB": "01/01/2010"},
            ]
        },
    )
    assert found == {("Header", 2), ("Header", 4)}  # 3 is new this year


def test_204_ethnicity_must_match_last_year():
    found = run_rule(
        "204",
        header=[
            {"CHILD": "1", "ETHNIC": "WBRI"},
            {"CHILD": "2", "ETHNIC": "wiri"},
            {"CHILD": "3", "ETHNIC": "WIRI"},
            {"CHILD": "4", "ETHNIC": "BAFR"},
        ],
        last={
            "header": [
                {"CHILD": "1", "ETHNIC": "WBRI"},
                {"CHILD": "2", "ETHNIC": "WIRI"},
                {"CHILD": "3", "ETHNIC": "WBRI"},
                {"CHILD": "4"},
            ]
        },
    )
    assert found == {("Header", 3), ("Header", 4)}


UASC_LAST_HEADER: Rows = [{"CHILD": c} for c in ("1", "2", "3", "4", "5")]


def test_205a_uasc_last_year_but_not_this_year_needs_last_years_duc_to_end_it():
    found = run_rule(
        "205A",
        header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}, {"CHILD": "6"}],
        episodes=[ep("1", "01/04/2020"), ep("2", "01/04/2020"), ep("3", "01/04/2020")],
        uasc=[{"CHILD": "5", "DUC": "01/05/2025"}, {"CHILD": "4"}, {"CHILD": "6", "DUC": "01/05/2027"}],
        last={
            "header": UASC_LAST_HEADER,
            "uasc": [
                {"CHILD": "1", "DUC": "10/10/2024"},  # ceased last year: fine to drop the UASC row
                {"CHILD": "2", "DUC": "10/10/2026"},  # status runs on, yet no UASC row this year
                {"CHILD": "3", "DUC": "31/03/2025"},  # last day of last year: fine
                # 4: a UASC row but no Header row this year (not identified), last year's DUC outside last year
                {"CHILD": "4", "DUC": "01/04/2025"},
                {"CHILD": "5", "DUC": "01/06/2024"},  # not identified now, and a DUC given this year
            ],
        },
    )
    assert found == {("Header", 2), ("UASC", 1), ("UASC", 2)}


def test_205b_uasc_both_years_needs_duc_at_18th_birthday():
    found = run_rule(
        "205B",
        header=[{"CHILD": c} for c in ("1", "2", "3", "4")],
        uasc=[
            {"CHILD": "1", "DOB": "10/10/2009", "DUC": "10/10/2027"},  # same as last year: fine
            {"CHILD": "2", "DOB": "10/10/2007", "DUC": "10/10/2025"},  # in this year: fine
            {"CHILD": "3", "DOB": "10/10/2009", "DUC": "10/10/2028"},  # changed and not in this year
            # 4: last year's DUC was not the 18th birthday
            {"CHILD": "4", "DOB": "10/10/2009", "DUC": "10/10/2027"},
        ],
        last={
            "header": [{"CHILD": c} for c in ("1", "2", "3", "4")],
            "uasc": [
                {"CHILD": "1", "DOB": "10/10/2009", "DUC": "10/10/2027"},
                {"CHILD": "2", "DOB": "10/10/2007", "DUC": "10/10/2025"},
                {"CHILD": "3", "DOB": "10/10/2009", "DUC": "10/10/2027"},
                {"CHILD": "4", "DOB": "10/10/2009", "DUC": "01/01/2025"},
            ],
        },
    )
    assert found == {("UASC", 3), ("UASC", 4), ("Header", 3), ("Header", 4)}


def test_205c_duc_for_a_child_never_identified_as_uasc():
    found = run_rule(
        "205C",
        header=[{"CHILD": "1"}, {"CHILD": None}],
        uasc=[
            {"CHILD": "1", "DUC": "01/01/2026"},
            {"CHILD": "2", "DUC": "01/01/2026"},
            {"CHILD": "3"},
            {"CHILD": "4"},
            {"CHILD": "5", "DUC": "01/01/2026"},
        ],
        last={
            "header": [{"CHILD": "5"}],
            "uasc": [{"CHILD": "4", "DUC": "01/01/2025"}, {"CHILD": "5", "DUC": "01/01/2026"}],
        },
    )
    assert found == {("UASC", 2), ("UASC", 4)}  # 1 is identified this year, 5 last year, 3 has no DUC


def test_205d_uasc_this_year_needs_uasc_last_year():
    found = run_rule(
        "205D",
        header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}, {"CHILD": "4"}],
        uasc=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "4"}],
        last={"header": [{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}], "uasc": [{"CHILD": "1"}]},
    )
    assert found == {("Header", 2)}  # 4 is new to the return


def test_207_mother_status_cannot_be_lost():
    found = run_rule(
        "207",
        header=[
            {"CHILD": "1", "MOTHER": "1"},
            {"CHILD": "2", "MOTHER": "0"},
            {"CHILD": "3"},
            {"CHILD": "4", "MOTHER": "0"},
            {"CHILD": "5", "MOTHER": "1"},
        ],
        episodes=[ep(c, "01/04/2024") for c in ("1", "2", "3", "5")],
        last={
            "header": [
                {"CHILD": "1", "MOTHER": "1"},
                {"CHILD": "2", "MOTHER": "1"},
                {"CHILD": "3", "MOTHER": "1"},
                {"CHILD": "4", "MOTHER": "1"},
                {"CHILD": "5", "MOTHER": "0"},
            ]
        },
    )
    assert found == {("Header", 2), ("Header", 3)}  # 4 has no episodes this year


def test_208_upn_may_change_only_from_unknown_to_known():
    pairs = [
        ("A123456789012", "A123456789012"),  # 1 same
        ("A123456789012", "B123456789012"),  # 2 changed: fails
        ("UN1", "UN3"),  # 3 UN1 -> UN2-5
        (None, "UN1"),  # 4 blank -> UN1
        ("UN3", "A123456789012"),  # 5 unknown -> known
        ("A123456789012", "UN2"),  # 6 known -> unknown: fails
        ("UN2", "UN1"),  # 7 fails
        ("A123456789012", None),  # 8 known -> blank: fails
        (None, None),  # 9 left to rule 442
        ("UN2", "UN4"),  # 10 fails: only UN1 may become UN2-5
    ]
    found = run_rule(
        "208",
        header=[{"CHILD": str(i), "UPN": now} for i, (_, now) in enumerate(pairs, 1)],
        last={"header": [{"CHILD": str(i), "UPN": was} for i, (was, _) in enumerate(pairs, 1)]},
    )
    assert found == {("Header", 2), ("Header", 6), ("Header", 7), ("Header", 8), ("Header", 10)}


def test_209_school_age_child_cannot_be_un1():
    # 2025-26: aged 4 or more on 31/08/2024 means born on or before 31/08/2020.
    found = run_rule(
        "209",
        header=[
            {"CHILD": "1", "UPN": "UN1", "DOB": "31/08/2020"},
            {"CHILD": "2", "UPN": "UN1", "DOB": "01/09/2020"},
            {"CHILD": "3", "UPN": "UN2", "DOB": "01/01/2015"},
            {"CHILD": "4", "UPN": "un1", "DOB": "01/01/2015"},
        ],
    )
    assert found == {("Header", 1), ("Header", 4)}


def test_210_un4_and_episodes_from_24_march():
    found = run_rule(
        "210",
        header=[{"CHILD": "1", "UPN": "UN4"}, {"CHILD": "2", "UPN": "UN4"}, {"CHILD": "3", "UPN": "UN3"}],
        episodes=[ep("1", "01/01/2026"), ep("1", "24/03/2026"), ep("2", "23/03/2026"), ep("3", "30/03/2026")],
    )
    assert found == {("Episodes", 2), ("Header", 1)}


# ---- placement details ------------------------------------------------------------------------------------


def test_213_no_provider_for_temporary_or_other_placements():
    found = run_rule(
        "213",
        episodes=[
            ep("1", "01/04/2025", PLACE="T1", PLACE_PROVIDER="PR1"),
            ep("2", "01/04/2025", PLACE="Z12", PLACE_PROVIDER="PR4"),
            ep("3", "01/04/2025", PLACE="T1"),
            ep("4", "01/04/2025", PLACE="U1", PLACE_PROVIDER="PR1"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_214_no_postcode_or_urn_for_short_breaks():
    found = run_rule(
        "214",
        episodes=[
            ep("1", "01/04/2025", LS="V3", PL_POST="AB1 2CD"),
            ep("2", "01/04/2025", LS="V4", URN="SC123456"),
            ep("3", "01/04/2025", LS="V3"),
            ep("4", "01/04/2025", LS="C2", PL_POST="AB1 2CD", URN="SC123456"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_215_care_leaver_cannot_have_12_month_items():
    found = run_rule(
        "215",
        oc3=[{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2", "IN_TOUCH": "YES"}, {"CHILD": "3"}],
        oc2=[
            {"CHILD": "1", "CONVICTED": "0"},
            {"CHILD": "2", "SDQ_SCORE": "10"},
            {"CHILD": "3", "HEALTH_CHECK": "1"},
        ],
    )
    assert found == {("OC3", 1), ("OC2", 1)}


def test_217_adoption_with_current_carer_needs_rne_s_t_or_u():
    found = run_rule(
        "217",
        episodes=[
            ep("1", "01/04/2025", PLACE="A3", RNE="P"),
            ep("2", "01/04/2015", PLACE="A5", RNE="L"),
            ep("3", "31/03/2015", PLACE="A5", RNE="L"),
            ep("4", "01/04/2025", PLACE="A5", RNE="T"),
            ep("5", "01/04/2025", PLACE="A4", RNE="P"),
            ep("6", "01/04/2025", PLACE="A3"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2), ("Episodes", 6)}


POSTCODES: Rows = [
    {"pcd": "BH1 1AA", "oseast1m": "408000", "osnrth1m": "91000", "laua": "E06000058"},
    {"pcd": "CF10 1AA", "oseast1m": "318000", "osnrth1m": "176000", "laua": "W06000015"},
]


def test_218_urn_needed_for_registered_placements_in_england():
    found = run_rule(
        "218",
        reference={"postcodes": POSTCODES},
        episodes=[
            ep("1", "01/04/2025", PLACE="K2", PL_POST="BH1 1AA"),  # fails
            ep("2", "01/04/2025", PLACE="K2", PL_POST="CF10 1AA"),  # Wales: exempt
            ep("3", "01/04/2025", PLACE="P1"),  # exempt type
            ep("4", "01/04/2024", PLACE="U4", DEC="31/03/2025"),  # ended before the year
            ep("5", "01/04/2024", PLACE="U4", DEC="01/04/2025"),  # fails
            ep("6", "01/04/2025", PLACE="K2", URN="SC123456"),
            ep("7", "01/04/2025", PLACE="U4"),  # no postcode: fails
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 5), ("Episodes", 7)}


PROVIDERS: Rows = [
    {
        "URN": "SC111111",
        "LA_CODE": "839",
        "PLACE_CODES": "K2,R1",
        "PROVIDER_CODES": "PR1",
        "REG_END": "",
        "POSTCODE": "BH1 1AA",
    },
    {
        "URN": "SC222222",
        "LA_CODE": "800",
        "PLACE_CODES": "K2",
        "PROVIDER_CODES": "PR4,PR5",
        "REG_END": "30/06/2025",
        "POSTCODE": "BA1 1AA",
    },
]


def test_219_urn_must_match_placement_type():
    found = run_rule(
        "219",
        reference={"providers": PROVIDERS},
        episodes=[
            ep("1", "01/04/2025", PLACE="K2", URN="SC111111"),
            ep("2", "01/04/2025", PLACE="R1", URN="SC111111"),
            ep("3", "01/04/2025", PLACE="K1", URN="SC111111"),  # fails
            ep("4", "01/04/2025", PLACE="K2", URN="SC999999"),  # unknown URN fails
            ep("5", "01/04/2025", PLACE="U1", URN="XXXXXXX"),
            ep("6", "01/04/2025", PLACE="U1"),
        ],
    )
    assert found == {("Episodes", 3), ("Episodes", 4)}


def test_221_urn_must_match_placement_postcode():
    found = run_rule(
        "221",
        reference={"providers": PROVIDERS},
        episodes=[
            ep("1", "01/04/2025", PLACE="K2", LS="C2", URN="SC111111", PL_POST="BH11AA"),
            ep("2", "01/04/2025", PLACE="K2", LS="C2", URN="SC111111", PL_POST="BH2 2BB"),  # fails
            ep("3", "01/04/2025", PLACE="K2", LS="V3", URN="SC111111", PL_POST="BH2 2BB"),  # short break
            ep("4", "01/04/2025", PLACE="U4", LS="C2", URN="SC111111", PL_POST="BH2 2BB"),  # not a home
            ep("5", "01/04/2025", PLACE="K2", URN="SC999999", PL_POST="BH1 1AA"),  # unknown URN fails
            ep("6", "01/04/2025", PLACE="K2", URN="SC111111"),  # no postcode
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 5)}


def test_222_no_urn_for_unregistered_placement_types():
    found = run_rule(
        "222",
        episodes=[
            ep("1", "01/04/2025", PLACE="P1", URN="SC111111"),
            ep("2", "01/04/2025", PLACE="Z11", URN="1234567"),
            ep("3", "01/04/2025", PLACE="R2", URN="XXXXXXX"),
            ep("4", "01/04/2025", PLACE="K2", URN="SC111111"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2)}


def test_224_urn_must_match_provider_type():
    found = run_rule(
        "224",
        reference={"providers": PROVIDERS},
        episodes=[
            ep("1", "01/04/2025", URN="SC222222", PLACE_PROVIDER="PR5"),
            ep("2", "01/04/2025", URN="SC222222", PLACE_PROVIDER="PR1"),  # fails
            ep("3", "01/04/2025", URN="SC222222"),  # missing provider fails
            ep("4", "01/04/2025", URN="XXXXXXX", PLACE_PROVIDER="PR1"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_225_placement_change_needs_a_reason():
    found = run_rule(
        "225",
        episodes=[
            ep("1", "01/04/2025", DEC="01/05/2025", REC="X1", PLACE="U1"),  # fails: next is a move
            ep("1", "01/05/2025", RNE="P", PLACE="U4"),
            ep("2", "01/04/2025", DEC="01/05/2025", REC="X1", PLACE="U1", REASON_PLACE_CHANGE="CARPL"),
            ep("2", "01/05/2025", RNE="P", PLACE="U4"),
            ep("3", "01/04/2025", DEC="01/05/2025", REC="X1", PLACE="U1"),  # legal status change only
            ep("3", "01/05/2025", RNE="L", PLACE="U1"),
            ep("4", "01/04/2025", DEC="01/05/2025", REC="X1", PLACE="U1"),  # into a temporary placement
            ep("4", "01/05/2025", RNE="T", PLACE="T2"),
            ep("5", "01/05/2025", RNE="U", PLACE="U5"),  # listed first, starts later
            ep("5", "01/04/2025", DEC="01/05/2025", REC="X1", PLACE="U1"),  # fails
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 10)}


def test_226_no_reason_for_temporary_placements():
    found = run_rule(
        "226",
        episodes=[
            ep("1", "01/04/2025", DEC="01/05/2025", PLACE="U1", REASON_PLACE_CHANGE="CARPL"),
            ep("1", "01/05/2025", PLACE="T2"),  # fails: the move into it has a reason
            ep("2", "01/04/2025", DEC="01/05/2025", PLACE="U1"),
            ep("2", "01/05/2025", DEC="05/05/2025", PLACE="T2"),
            ep("2", "05/05/2025", PLACE="U1"),
            ep("3", "01/04/2025", PLACE="T0", REASON_PLACE_CHANGE="OTHER"),  # fails
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 6)}


def test_227_urn_must_be_registered_at_the_start():
    found = run_rule(
        "227",
        reference={"providers": PROVIDERS},
        episodes=[
            ep("1", "29/06/2025", URN="SC222222"),
            ep("2", "30/06/2025", URN="SC222222"),  # fails
            ep("3", "30/06/2025", URN="SC111111"),  # no registration end
        ],
    )
    assert found == {("Episodes", 2)}


def test_228_urn_must_be_registered_at_the_end():
    found = run_rule(
        "228",
        reference={"providers": PROVIDERS},
        episodes=[
            ep("1", "01/04/2025", DEC="30/06/2025", URN="SC222222"),
            ep("2", "01/04/2025", DEC="01/07/2025", URN="SC222222"),  # fails
            ep("3", "01/04/2025", URN="SC222222"),  # open at 31 March: fails
            ep("4", "01/04/2025", URN="SC111111"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_229_provider_la_must_match_pr1_or_pr2():
    eps = [
        ep("1", "01/04/2025", URN="SC111111", PLACE_PROVIDER="PR1"),
        ep("2", "01/04/2025", URN="SC222222", PLACE_PROVIDER="PR1"),  # fails
        ep("3", "01/04/2025", URN="SC111111", PLACE_PROVIDER="PR2"),  # fails
        ep("4", "01/04/2025", URN="SC222222", PLACE_PROVIDER="PR2"),
        ep("5", "01/04/2025", URN="SC222222", PLACE_PROVIDER="PR4"),
    ]
    assert run_rule("229", reference={"providers": PROVIDERS}, episodes=eps) == {
        ("Episodes", 2),
        ("Episodes", 3),
    }
    assert run_rule("229", reference={"providers": PROVIDERS}, episodes=eps, la_code=None) == set()


def test_231_uasc_under_11_is_queried():
    found = run_rule(
        "231",
        header=[
            {"CHILD": "1", "DOB": "01/04/2015"},
            {"CHILD": "2", "DOB": "31/03/2015"},
            {"CHILD": "3", "DOB": "01/04/2020"},
        ],
        uasc=[{"CHILD": "1"}, {"CHILD": "2"}],
    )
    assert found == {("Header", 1)}


def test_232_sex_unknown():
    assert run_rule(
        "232", header=[{"CHILD": "1", "SEX": "U"}, {"CHILD": "2", "SEX": "F"}, {"CHILD": "3", "SEX": "u"}]
    ) == {("Header", 1), ("Header", 3)}


def test_233_no_reason_while_the_episode_is_open():
    found = run_rule(
        "233",
        episodes=[
            ep("1", "01/04/2025", REASON_PLACE_CHANGE="CARPL"),
            ep("2", "01/04/2025", DEC="01/05/2025", REASON_PLACE_CHANGE="CARPL"),
            ep("3", "01/04/2025"),
        ],
    )
    assert found == {("Episodes", 1)}


def test_234_no_custody_move_under_10():
    found = run_rule(
        "234",
        header=[{"CHILD": "1", "DOB": "01/06/2015"}, {"CHILD": "2", "DOB": "01/05/2015"}],
        episodes=[
            # next episode starts the day before the 10th birthday: fails
            ep("1", "01/04/2025", DEC="31/05/2025", REASON_PLACE_CHANGE="CUSTOD"),
            ep("1", "31/05/2025"),
            # next episode starts on the 10th birthday
            ep("2", "01/04/2025", DEC="01/05/2025", REASON_PLACE_CHANGE="CUSTOD"),
            ep("2", "01/05/2025"),
        ],
    )
    assert found == {("Episodes", 1), ("Header", 1)}


# ---- dates and ages -----------------------------------------------------------------------------------------


def test_301_dob_after_the_year():
    assert run_rule(
        "301", header=[{"CHILD": "1", "DOB": "31/03/2026"}, {"CHILD": "2", "DOB": "01/04/2026"}]
    ) == {("Header", 2)}


def test_302_first_episode_before_birth():
    found = run_rule(
        "302",
        header=[{"CHILD": "1", "DOB": "10/04/2025"}, {"CHILD": "2", "DOB": "01/04/2025"}],
        episodes=[ep("1", "15/04/2025"), ep("1", "09/04/2025"), ep("2", "01/04/2025"), ep("2", "01/05/2025")],
    )
    assert found == {("Episodes", 2), ("Header", 1)}


def test_303_duc_without_uasc_status():
    found = run_rule(
        "303",
        header=[{"CHILD": "1"}, {"CHILD": None}],  # a Header row without CHILD must not hide the others
        uasc=[{"CHILD": "1", "DUC": "01/01/2026"}, {"CHILD": "2", "DUC": "01/01/2026"}, {"CHILD": "3"}],
    )
    assert found == {("UASC", 2)}


def test_304_duc_by_18th_birthday():
    found = run_rule(
        "304",
        uasc=[
            {"CHILD": "1", "DOB": "10/10/2008", "DUC": "10/10/2026"},
            {"CHILD": "2", "DOB": "10/10/2008", "DUC": "11/10/2026"},
            {"CHILD": "3", "DOB": "29/02/2008", "DUC": "01/03/2026"},  # 18th birthday taken as 28 Feb
            {"CHILD": "4", "DOB": "10/10/2008"},
        ],
    )
    assert found == {("UASC", 2), ("UASC", 3)}


def test_331_match_on_or_before_adoption_placement():
    found = run_rule(
        "331",
        ad1=[{"CHILD": "1", "DATE_MATCH": "02/05/2025"}, {"CHILD": "2", "DATE_MATCH": "01/05/2025"}],
        episodes=[
            ep("1", "01/05/2025", REC="E11"),  # matched after: fails
            ep("1", "01/01/2025", REC="X1"),
            ep("2", "01/05/2025", REC="E12"),
        ],
    )
    assert found == {("AD1", 1), ("Episodes", 1)}


def test_333_decision_on_or_before_match():
    found = run_rule(
        "333",
        ad1=[
            {"CHILD": "1", "DATE_INT": "01/05/2025", "DATE_MATCH": "01/05/2025"},
            {"CHILD": "2", "DATE_INT": "02/05/2025", "DATE_MATCH": "01/05/2025"},
            {"CHILD": "3", "DATE_MATCH": "01/05/2025"},
            {"CHILD": "4", "DATE_INT": "01/05/2025"},
        ],
    )
    assert found == {("AD1", 2), ("AD1", 3)}


def test_334_care_starts_before_the_adoption_decision():
    found = run_rule(
        "334",
        ad1=[{"CHILD": "1", "DATE_INT": "01/03/2025"}, {"CHILD": "2", "DATE_INT": "01/03/2025"}],
        episodes=[
            ep("1", "01/01/2024", RNE="S"),
            ep("1", "01/04/2025", RNE="S"),  # latest start, after the decision: fails
            ep("2", "01/03/2025", RNE="S"),
            ep("2", "01/05/2025", RNE="P"),
        ],
    )
    assert found == {("AD1", 1), ("Episodes", 2)}


def test_335_foster_care_flag_matches_adoption_placement():
    found = run_rule(
        "335",
        ad1=[
            {"CHILD": "1", "FOSTER_CARE": "0"},
            {"CHILD": "2", "FOSTER_CARE": "1"},
            {"CHILD": "3", "FOSTER_CARE": "1"},
            {"CHILD": "4", "FOSTER_CARE": "0"},
        ],
        episodes=[
            ep("1", "01/04/2025", PLACE="A5", REC="E11"),  # fails
            ep("2", "01/04/2025", PLACE="A6", REC="E12"),  # fails
            ep("3", "01/04/2025", PLACE="A3", REC="E11"),
            ep("4", "01/04/2025", PLACE="A3", REC="X1"),  # not the adoption episode
        ],
    )
    assert found == {("AD1", 1), ("Episodes", 1), ("AD1", 2), ("Episodes", 2)}


def test_336_foster_placement_before_adoption_with_current_carer():
    found = run_rule(
        "336",
        episodes=[
            ep("1", "01/04/2025", PLACE="K2"),
            ep("1", "01/05/2025", PLACE="A3"),  # fails
            ep("2", "01/04/2025", PLACE="U4"),
            ep("2", "01/05/2025", PLACE="A5"),
            ep("3", "01/04/2025", PLACE="A5"),  # first episode: not checked
            ep("4", "01/04/2025", PLACE="K2"),
            ep("4", "01/05/2025", PLACE="A4"),  # not with the current carer
            ep("5", "01/05/2025", PLACE="A5"),  # fails
            ep("5", "01/04/2025", PLACE="R1"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 8)}


# ---- care leavers ------------------------------------------------------------------------------------------


def test_344_died_or_home_means_no_activity_or_accommodation():
    found = run_rule(
        "344",
        oc3=[
            {"CHILD": "1", "IN_TOUCH": "DIED", "ACTIV": "0", "ACCOM": "0"},
            {"CHILD": "2", "IN_TOUCH": "RHOM", "ACTIV": "F1", "ACCOM": "0"},
            {"CHILD": "3", "IN_TOUCH": "DIED"},
            {"CHILD": "4", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
        ],
    )
    assert found == {("OC3", 2), ("OC3", 3)}


def test_345_in_touch_needs_activity_and_accommodation():
    found = run_rule(
        "345",
        oc3=[
            {"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "0", "ACCOM": "B1"},
            {"CHILD": "2", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "0"},
            {"CHILD": "3", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"CHILD": "4", "IN_TOUCH": "NO", "ACTIV": "0", "ACCOM": "0"},
        ],
    )
    assert found == {("OC3", 1), ("OC3", 2)}


def test_347_no_foyer_under_18():
    found = run_rule(
        "347",
        oc3=[
            {"CHILD": "1", "DOB": "02/04/2007", "ACCOM": "T1"},  # 17 on 1 April 2025
            {"CHILD": "2", "DOB": "01/04/2007", "ACCOM": "T2"},  # 18 that day
            {"CHILD": "3", "DOB": "02/04/2007", "ACCOM": "B1"},
        ],
    )
    assert found == {("OC3", 1)}


def test_348_died_last_year():
    found = run_rule(
        "348",
        oc3=[
            {"CHILD": "1", "IN_TOUCH": "YES"},
            {"CHILD": "2", "IN_TOUCH": "DIED"},
            {"CHILD": "3"},
            {"CHILD": "4", "IN_TOUCH": "YES"},
        ],
        last={
            "oc3": [
                {"CHILD": "1", "IN_TOUCH": "DIED"},
                {"CHILD": "2", "IN_TOUCH": "DIED"},
                {"CHILD": "3", "IN_TOUCH": "DIED"},
                {"CHILD": "4", "IN_TOUCH": "NO"},
            ]
        },
    )
    assert found == {("OC3", 1), ("OC3", 3)}


def test_351_over_25_at_the_start():
    assert run_rule(
        "351", header=[{"CHILD": "1", "DOB": "31/03/2000"}, {"CHILD": "2", "DOB": "01/04/2000"}]
    ) == {("Header", 1)}


def test_352_started_care_at_18():
    found = run_rule(
        "352",
        header=[{"CHILD": "1", "DOB": "01/05/2007"}],
        episodes=[
            ep("1", "01/05/2025", RNE="S"),
            ep("1", "30/04/2025", RNE="S"),
            ep("1", "02/05/2025", RNE="L"),
        ],
    )
    assert found == {("Episodes", 1)}


def test_353_no_episode_before_14_october_1991():
    assert run_rule("353", episodes=[ep("1", "13/10/1991"), ep("2", "14/10/1991")]) == {("Episodes", 1)}


def test_354_episode_starts_by_the_year_end():
    assert run_rule("354", episodes=[ep("1", "31/03/2026"), ep("2", "01/04/2026")]) == {("Episodes", 2)}


def test_355_episode_less_than_a_day():
    found = run_rule(
        "355",
        episodes=[
            ep("1", "01/05/2025", DEC="01/05/2025"),
            ep("2", "01/05/2025", DEC="02/05/2025"),
            ep("3", "01/05/2025"),
        ],
    )
    assert found == {("Episodes", 1)}


def test_356_episode_ends_before_it_starts():
    found = run_rule(
        "356",
        episodes=[
            ep("1", "02/05/2025", DEC="01/05/2025"),
            ep("2", "01/05/2025", DEC="01/05/2025"),
            ep("3", "01/05/2025"),
        ],
    )
    assert found == {("Episodes", 1)}


def test_357_first_episode_this_year_starts_with_s():
    found = run_rule(
        "357",
        episodes=[
            ep("1", "01/05/2025", RNE="P"),  # fails
            ep("2", "01/05/2025", RNE="S"),
            ep("2", "01/06/2025", RNE="P"),
            ep("3", "01/03/2025", RNE="P"),  # began before the year
            ep("4", "01/06/2025", RNE="L"),
            ep("4", "01/04/2025"),  # earliest, no RNE: fails
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 6)}


def test_358_youth_justice_status_under_10():
    found = run_rule(
        "358",
        header=[{"CHILD": "1", "DOB": "01/05/2015"}, {"CHILD": "2", "DOB": "30/04/2015"}],
        episodes=[
            ep("1", "01/05/2025", LS="J1"),
            ep("1", "01/06/2025", LS="C2"),
            ep("2", "01/05/2025", LS="J3"),
        ],
    )
    assert found == {("Episodes", 1), ("Header", 1)}


def test_359_over_18_must_be_v2_in_k2():
    found = run_rule(
        "359",
        header=[
            {"CHILD": "1", "DOB": "30/03/2008"},
            {"CHILD": "2", "DOB": "30/03/2008"},
            {"CHILD": "3", "DOB": "31/03/2008"},
        ],
        episodes=[
            ep("1", "01/04/2025", LS="C2", PLACE="U4"),  # fails
            ep("1", "01/01/2025", LS="C2", PLACE="U4", DEC="01/04/2025"),
            ep("2", "01/04/2025", LS="V2", PLACE="K2"),
            ep("3", "01/04/2025", LS="C2", PLACE="U4"),  # 18 on the last day
        ],
    )
    assert found == {("Episodes", 1)}


@pytest.mark.parametrize(
    ("code", "ls", "limit"), [("361", "L1", 3), ("362", "L2", 21), ("363", "L3", 7), ("364", "J2", 21)]
)
def test_361_to_364_short_legal_statuses_have_a_time_limit(code, ls, limit):
    from datetime import date, timedelta

    def d(day: int) -> str:
        return (date(2025, 5, 1) + timedelta(days=day)).strftime("%d/%m/%Y")

    found = run_rule(
        code,
        episodes=[
            ep("1", d(0), LS=ls, DEC=d(limit)),  # exactly the limit
            ep("2", d(0), LS=ls, DEC=d(limit + 1)),  # fails
            ep("3", d(0), LS=ls, DEC=d(1)),  # a spell of two contiguous episodes: fails
            ep("3", d(1), LS=ls, DEC=d(limit + 1)),
            ep("4", d(0), LS=ls, DEC=d(1)),  # broken by another status: two short spells
            ep("4", d(1), LS="C1", DEC=d(5)),
            ep("4", d(5), LS=ls, DEC=d(5 + limit)),
            ep("5", "25/03/2026", LS=ls),  # open: runs to 31 March
            ep("6", d(0), LS="C1", DEC=d(100)),
        ],
    )
    expected = {("Episodes", 2), ("Episodes", 3), ("Episodes", 4)}
    if limit < 6:
        expected.add(("Episodes", 8))
    assert found == expected


def test_365_respite_at_most_17_days():
    found = run_rule(
        "365",
        episodes=[
            ep("1", "01/05/2025", LS="V3", DEC="18/05/2025"),
            ep("2", "01/05/2025", LS="V3", DEC="19/05/2025"),  # fails
            ep("3", "01/03/2026", LS="V3"),  # open 30 days to 31 March: fails
            ep("4", "01/05/2025", LS="C2", DEC="19/06/2025"),
        ],
    )
    assert found == {("Episodes", 2), ("Episodes", 3)}


def test_366_each_respite_episode_starts_with_s():
    found = run_rule(
        "366",
        episodes=[
            ep("1", "01/05/2025", LS="V3", RNE="P"),
            ep("2", "01/05/2025", LS="V3", RNE="S"),
            ep("3", "01/05/2025", LS="V3"),
            ep("4", "01/05/2025", LS="C2", RNE="P"),
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 3)}


def test_367_respite_at_most_75_days_a_year():
    found = run_rule(
        "367",
        episodes=[
            ep("1", "01/03/2025", LS="V3", DEC="11/04/2025"),  # 10 days in the year
            ep("1", "01/05/2025", LS="V3", DEC="06/07/2025"),  # 66 days: total 76, fails
            ep("1", "01/08/2025", LS="V3", DEC="01/08/2025"),  # no days: not reported
            ep("2", "01/05/2025", LS="V3", DEC="15/07/2025"),  # 75 days
            ep("3", "15/01/2026", LS="V3"),  # open: 75 days to 31 March
            ep("3", "01/05/2025", LS="V3", DEC="02/05/2025"),  # 1 more: fails
        ],
    )
    assert found == {("Episodes", 1), ("Episodes", 2), ("Episodes", 5), ("Episodes", 6)}
