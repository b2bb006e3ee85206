"""DfE CIN census rules, batch 1 (100-1580, 2883-2991Q, 4000-4220, 8500-8608): failing and passing rows side by side.

The collection year is 2025-26 (1 April 2025 to 31 March 2026; ReferenceDate 2026-03-31) unless a test says
otherwise. Row numbers count from 1 within each fixture table."""

import pytest

from .ruletest import run_rule

Row = dict[str, str | None]
HEADER = [{"Collection": "CIN", "Year": "2026", "ReferenceDate": "2026-03-31"}]


def cin(child: str, n: str = "1", referral: str | None = "2025-06-01", **more: str | None) -> Row:
    """A CINdetails row (ReferralNFA false unless given)."""
    return {"LAchildID": child, "CINdetailsID": n, "CINreferralDate": referral, "ReferralNFA": "false", **more}


def ident(child: str | None, **more: str | None) -> Row:
    return {"LAchildID": child, **more}


def plan(child: str, start: str | None, end: str | None = None, n: str = "1") -> Row:
    return {"LAchildID": child, "CINdetailsID": n, "CINPlanStartDate": start, "CINPlanEndDate": end}


def cpp(child: str, start: str | None, end: str | None = None, n: str = "1", cpp_id: str = "1") -> Row:
    return {"LAchildID": child, "CINdetailsID": n, "CPPID": cpp_id, "CPPstartDate": start, "CPPendDate": end}


# --- header and identifiers ---------------------------------------------------------------------------------


def test_100_reference_date_must_be_31_march_of_the_year():
    assert run_rule("100", header=HEADER) == set()
    assert run_rule("100", header=[{"ReferenceDate": "2025-03-31"}]) == {("Header", 1)}
    assert run_rule("100", header=[{"ReferenceDate": None}]) == {("Header", 1)}
    assert run_rule("100", header=[{"ReferenceDate": "31/03/2026"}]) == {("Header", 1)}


LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(body: str) -> str:
    """A valid UPN: the check letter computed from the 12 characters after it; a temporary UPN's final letter
    counts as its place in the check-letter table (UPN data standard v2.0)."""
    values = [int(ch) if ch.isdigit() else LETTERS.index(ch) for ch in body]
    return LETTERS[sum(v * w for v, w in zip(values, range(2, 14), strict=True)) % 23] + body


def test_upn_helper_matches_a_known_upn():
    # The synthetic census's UPN Y839600653160 (accepted by the reference validator too).
    assert upn("839600653160") == "Y839600653160"


def test_1510_upn_check_letter():
    good, temporary = upn("839600653161"), upn("83960065316T")
    bad = ("A" if good[0] != "A" else "B") + good[1:]
    bad_temporary = ("A" if temporary[0] != "A" else "B") + temporary[1:]
    rows = [ident("1", UPN=good), ident("2", UPN=bad), ident("3"), ident("4", UPN="A83960065316"), ident("5", UPN=temporary),
            ident("6", UPN=bad_temporary), ident("7", UPN="A83960065316I")]
    assert run_rule("1510", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 6)}


def test_upn_check_letter_of_a_published_temporary_upn():
    # The data standard's example shape: X00180001701A (a real temporary UPN quoted by school MIS guidance).
    assert upn("00180001701A") == "X00180001701A"


def test_1520_upn_unique():
    rows = [ident("1", UPN="A1"), ident("2", UPN="A1"), ident("3", UPN="A2"), ident("4"), ident("5")]
    assert run_rule("1520", child_identifiers=rows) == {("ChildIdentifiers", 1), ("ChildIdentifiers", 2)}


def test_1530_upn_la_code():
    rows = [ident("1", UPN=upn("839600653161")), ident("2", UPN=upn("999600653161")), ident("3", UPN=upn("001600653161")),
            ident("4", UPN=upn("943600653161")), ident("5", UPN="X999")]
    assert run_rule("1530", child_identifiers=rows) == {("ChildIdentifiers", 2)}


def test_1540_upn_characters_5_to_12_numeric():
    rows = [ident("1", UPN="A839600653161"), ident("2", UPN="A8396006X3161"), ident("3", UPN="A839"), ident("4"),
            ident("5", UPN="A83960065316A")]
    assert run_rule("1540", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3)}


def test_1550_upn_character_13():
    rows = [ident("1", UPN="A839600653161"), ident("2", UPN="A83960065316I"), ident("3", UPN="A83960065316O"),
            ident("4", UPN="A83960065316S"), ident("5", UPN="A83960065316T"), ident("6", UPN="A8396006531I")]
    assert run_rule("1550", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3), ("ChildIdentifiers", 4)}


def test_1560q_former_upn_format():
    rows = [ident("1", FormerUPN="A839600653161"), ident("2", FormerUPN="1839600653161"), ident("3", FormerUPN="A83960065316"),
            ident("4", FormerUPN="X00180001701A"), ident("5"), ident("6", FormerUPN="A8396006X3161")]
    assert run_rule("1560Q", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3), ("ChildIdentifiers", 6)}


def test_1570_1580_la_child_id_length_and_characters():
    rows = [ident("A" * 20), ident("A" * 21), ident("AB-12"), ident("AB 12"), ident("ab12"), ident(None)]
    assert run_rule("1570", child_identifiers=rows) == {("ChildIdentifiers", 2)}
    assert run_rule("1580", child_identifiers=rows) == {("ChildIdentifiers", 3), ("ChildIdentifiers", 4)}


def test_1570_is_new_in_2024_25():
    with pytest.raises(AssertionError, match="no rule 1570 in force"):
        run_rule("1570", year="2023-24", child_identifiers=[ident("1")])


def test_4180_sex_2024_25_and_gender_before():
    rows = [ident("1", Sex="M"), ident("2", Sex="f"), ident("3", Sex="U"), ident("4", Sex="1"), ident("5")]
    assert run_rule("4180", child_identifiers=rows) == {("ChildIdentifiers", 4), ("ChildIdentifiers", 5)}
    old = [ident("1", GenderCurrent="1"), ident("2", GenderCurrent="0"), ident("3", GenderCurrent="M"), ident("4", GenderCurrent="9"), ident("5")]
    assert run_rule("4180", year="2023-24", child_identifiers=old) == {("ChildIdentifiers", 3), ("ChildIdentifiers", 5)}


def test_4220_ethnicity():
    rows = [{"LAchildID": "1", "Ethnicity": "WBRI"}, {"LAchildID": "2", "Ethnicity": "wbri"}, {"LAchildID": "3", "Ethnicity": "WHIT"}, {"LAchildID": "4"}]
    assert run_rule("4220", child_characteristics=rows) == {("ChildCharacteristics", 3), ("ChildCharacteristics", 4)}


def test_8500_8510_la_child_id_present_and_unique():
    rows = [ident("1"), ident("2"), ident("2"), ident(None), ident(None)]
    assert run_rule("8500", child_identifiers=rows) == {("ChildIdentifiers", 4), ("ChildIdentifiers", 5)}
    assert run_rule("8510", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3)}


def test_8520_birth_not_after_the_year():
    rows = [ident("1", PersonBirthDate="2026-03-31"), ident("2", PersonBirthDate="2026-04-01"), ident("3")]
    assert run_rule("8520", child_identifiers=rows) == {("ChildIdentifiers", 2)}


def test_8525q_birth_date_or_expected_date_not_both():
    rows = [ident("1", PersonBirthDate="2020-01-01"), ident("2", ExpectedPersonBirthDate="2026-05-01"),
            ident("3", PersonBirthDate="2020-01-01", ExpectedPersonBirthDate="2020-01-05"), ident("4"),
            ident("5", PersonBirthDate="01/01/2020")]
    assert run_rule("8525Q", child_identifiers=rows) == {("ChildIdentifiers", 3), ("ChildIdentifiers", 4)}


def test_8530q_expected_birth_within_30_days_before_to_9_months_after_reference_date():
    rows = [ident("1", ExpectedPersonBirthDate="2026-03-01"), ident("2", ExpectedPersonBirthDate="2026-02-28"),
            ident("3", ExpectedPersonBirthDate="2026-12-31"), ident("4", ExpectedPersonBirthDate="2027-01-01"),
            ident("5", PersonBirthDate="2010-01-01")]
    assert run_rule("8530Q", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 4)}


def test_8535q_death_not_before_birth():
    rows = [ident("1", PersonBirthDate="2020-01-01", PersonDeathDate="2020-01-01"),
            ident("2", PersonBirthDate="2020-01-02", PersonDeathDate="2020-01-01"),
            ident("3", ExpectedPersonBirthDate="2026-05-01", PersonDeathDate="2025-12-01"), ident("4", PersonBirthDate="2020-01-01")]
    assert run_rule("8535Q", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3)}


def test_8545q_death_within_the_year():
    rows = [ident("1", PersonDeathDate="2025-04-01"), ident("2", PersonDeathDate="2025-03-31"), ident("3", PersonDeathDate="2026-03-31"),
            ident("4", PersonDeathDate="2026-04-01"), ident("5")]
    assert run_rule("8545Q", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 4)}


def test_8540_disability_present_and_valid_when_born_and_not_all_nfa():
    children = [ident("1", PersonBirthDate="2015-01-01"), ident("2", PersonBirthDate="2015-01-01"), ident("3", PersonBirthDate="2015-01-01"),
                ident("4", PersonBirthDate="2015-01-01"), ident("5", ExpectedPersonBirthDate="2026-05-01")]
    details = [cin("1"), cin("2"), cin("3"), cin("3", "2"), cin("4", ReferralNFA="true"), cin("5")]
    details[2]["ReferralNFA"] = "1"  # child 3: one NFA referral and one not: checked
    disabilities = [{"LAchildID": "1", "Disability": "NONE"}, {"LAchildID": "3", "Disability": "MOB"}, {"LAchildID": "3", "Disability": "XYZ"}]
    found = run_rule("8540", child_identifiers=children, cin_details=details, disabilities=disabilities)
    # child 2 has none; child 3 has an invalid code; child 4 only NFA referrals; child 5 unborn
    assert found == {("ChildIdentifiers", 2), ("Disabilities", 3)}


def test_8590_every_child_has_a_cin_episode():
    found = run_rule("8590", child_identifiers=[ident("1"), ident("2")], cin_details=[cin("1")])
    assert found == {("ChildIdentifiers", 2)}


# --- return-level rules (reported on the header) ------------------------------------------------------------


def test_2883_no_more_plans_starting_than_conferences():
    plans = [cpp("1", "2025-05-01"), cpp("2", "2025-06-01"), cpp("3", "2025-03-01")]  # the last is before the year
    one_each = {"cin_details": [cin("1", DateOfInitialCPC="2025-05-01")], "section47": [{"LAchildID": "2", "CINdetailsID": "1", "DateOfInitialCPC": "2025-06-01"}]}
    assert run_rule("2883", header=HEADER, child_protection_plans=plans, **one_each) == set()
    assert run_rule("2883", header=HEADER, child_protection_plans=plans, cin_details=one_each["cin_details"]) == {("Header", 1)}


def test_2886q_no_sex_recorded_over_2_percent():
    born = [ident(str(i), Sex="M") for i in range(100)]
    unknown2 = [*born[:98], ident("u1", Sex="U"), ident("u2")]
    assert run_rule("2886Q", header=HEADER, child_identifiers=unknown2) == set()  # exactly 2%
    unknown3 = [*born[:97], ident("u1", Sex="U"), ident("u2"), ident("u3", Sex="U")]
    assert run_rule("2886Q", header=HEADER, child_identifiers=unknown3) == {("Header", 1)}
    unborn = [*born[:97], ident("u1", Sex="U"), ident("u2"), ident("u3", Sex="U", ExpectedPersonBirthDate="2026-05-01")]
    assert run_rule("2886Q", header=HEADER, child_identifiers=unborn) == set()
    old = [*[ident(str(i), GenderCurrent="1") for i in range(97)], ident("u1", GenderCurrent="0"), ident("u2"), ident("u3", GenderCurrent="0")]
    assert run_rule("2886Q", year="2023-24", header=HEADER, child_identifiers=old) == {("Header", 1)}


def test_2887q_more_than_seven_disability_codes():
    eight = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"]
    rows = [{"LAchildID": str(i), "Disability": d} for i, d in enumerate(eight)] + [{"LAchildID": "x", "Disability": "NONE"}]
    assert run_rule("2887Q", header=HEADER, disabilities=rows) == set()
    seven = rows[1:] + [{"LAchildID": "y", "Disability": "ZZZ"}]  # NONE and an invalid code do not count
    assert run_rule("2887Q", header=HEADER, disabilities=seven) == {("Header", 1)}


def test_2888q_someone_has_more_than_one_disability():
    single = [{"LAchildID": "1", "Disability": "MOB"}, {"LAchildID": "2", "Disability": "LD"}, {"LAchildID": "2", "Disability": "NONE"}]
    assert run_rule("2888Q", header=HEADER, disabilities=single) == {("Header", 1)}
    assert run_rule("2888Q", header=HEADER, disabilities=[*single, {"LAchildID": "1", "Disability": "VIS"}]) == set()


# --- dates against the referral --------------------------------------------------------------------------


def test_1103_assessment_not_before_referral():
    details = [cin("1"), cin("1", "2", referral="2025-09-01")]
    rows = [{"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-06-01"},
            {"LAchildID": "1", "CINdetailsID": "2", "AssessmentID": "1", "AssessmentActualStartDate": "2025-08-31"},
            {"LAchildID": "1", "CINdetailsID": "2", "AssessmentID": "2"}]
    assert run_rule("1103", cin_details=details, assessments=rows) == {("Assessments", 2)}


def test_1104_conference_not_before_referral():
    details = [cin("1"), cin("2", DateOfInitialCPC="2025-05-31"), cin("3", DateOfInitialCPC="2025-06-01")]
    s47 = [{"LAchildID": "1", "CINdetailsID": "1", "DateOfInitialCPC": "2025-05-31"}, {"LAchildID": "3", "CINdetailsID": "1", "DateOfInitialCPC": "2025-06-02"}]
    assert run_rule("1104", cin_details=details, section47=s47) == {("Section47", 1), ("CINdetails", 2)}


def test_1105_plan_not_before_referral():
    plans = [cpp("1", "2025-05-31"), cpp("1", "2025-06-01", cpp_id="2"), cpp("2", "2025-05-01")]
    assert run_rule("1105", cin_details=[cin("1"), cin("2", referral="2025-04-01")], child_protection_plans=plans) == {("ChildProtectionPlans", 1)}


def test_2889_s47_not_before_referral():
    s47 = [{"LAchildID": "1", "CINdetailsID": "1", "S47ActualStartDate": "2025-05-31"}, {"LAchildID": "1", "CINdetailsID": "1", "S47ActualStartDate": "2025-06-01"}]
    assert run_rule("2889", cin_details=[cin("1")], section47=s47) == {("Section47", 1)}


def test_4015_cin_plan_not_before_referral():
    plans = [plan("1", "2025-05-31"), plan("1", "2025-06-01", n="1"), plan("1", "2025-05-31", n="2")]
    assert run_rule("4015", cin_details=[cin("1"), cin("1", "2", referral="2025-05-01")], cin_plan_dates=plans) == {("CINplanDates", 1)}


def test_8555q_no_referral_after_death():
    children = [ident("1", PersonDeathDate="2025-06-01"), ident("2", PersonDeathDate="2025-05-31"), ident("3")]
    assert run_rule("8555Q", child_identifiers=children, cin_details=[cin("1"), cin("2"), cin("3")]) == {("CINdetails", 2)}


def test_8600_referral_present_and_not_after_the_year():
    rows = [cin("1", referral="2026-03-31"), cin("2", referral="2026-04-01"), cin("3", referral=None), cin("4", referral="2026-02-30")]
    assert run_rule("8600", cin_details=rows) == {("CINdetails", 2), ("CINdetails", 3), ("CINdetails", 4)}


def test_8606_referral_not_over_280_days_before_birth():
    children = [ident("1", PersonBirthDate="2026-03-08"), ident("2", ExpectedPersonBirthDate="2026-03-09"), ident("3", PersonBirthDate="2026-03-31")]
    # 2025-06-01 + 280 days = 2026-03-08
    assert run_rule("8606", child_identifiers=children, cin_details=[cin("1"), cin("2"), cin("3")]) == {("CINdetails", 2), ("CINdetails", 3)}


def test_8608_assessment_not_authorised_before_start():
    rows = [{"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-06-02", "AssessmentAuthorisationDate": "2025-06-01"},
            {"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "2", "AssessmentActualStartDate": "2025-06-02", "AssessmentAuthorisationDate": "2025-06-02"},
            {"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "3", "AssessmentActualStartDate": "2025-06-02"}]
    assert run_rule("8608", assessments=rows) == {("Assessments", 1)}


# --- conferences, section 47 and closure ----------------------------------------------------------------


def test_2884_conference_recorded_at_one_level_only():
    details = [cin("1", DateOfInitialCPC="2025-07-01"), cin("2", DateOfInitialCPC="2025-07-01"), cin("2", "2")]
    s47 = [{"LAchildID": "1", "CINdetailsID": "1", "DateOfInitialCPC": "2025-07-01"},
           {"LAchildID": "2", "CINdetailsID": "2", "DateOfInitialCPC": "2025-07-01"}]  # another CINdetails: fine
    assert run_rule("2884", cin_details=details, section47=s47) == {("Section47", 1), ("CINdetails", 1)}


def test_2885_plan_starts_on_the_conference_day():
    details = [cin("1"), cin("2", DateOfInitialCPC="2025-07-01"), cin("3", DateOfInitialCPC="2025-07-01"), cin("4"), cin("5")]
    s47 = [{"LAchildID": "1", "CINdetailsID": "1", "DateOfInitialCPC": "2025-06-20", "ICPCnotRequired": "false"},
           {"LAchildID": "1", "CINdetailsID": "1", "DateOfInitialCPC": "2025-07-01", "ICPCnotRequired": "false"},
           {"LAchildID": "4", "CINdetailsID": "1", "DateOfInitialCPC": "2025-07-01", "ICPCnotRequired": "FALSE"},
           {"LAchildID": "5", "CINdetailsID": "1", "ICPCnotRequired": "TRUE"}]
    plans = [cpp("1", "2025-07-01"),  # equals one of the S47 conferences
             cpp("2", "2025-07-01"),  # no S47: equals the CINdetails conference
             cpp("3", "2025-07-02"),  # no S47: differs from the CINdetails conference
             cpp("4", "2025-07-02"),  # differs from the S47 conference
             cpp("5", "2025-07-03"),  # the only S47 needed no conference, and the CINdetails has none
             cpp("4", "2025-03-01", cpp_id="2")]  # before the year: not checked
    found = run_rule("2885", cin_details=details, section47=s47, child_protection_plans=plans)
    assert found == {("ChildProtectionPlans", 3), ("ChildProtectionPlans", 4), ("ChildProtectionPlans", 5)}


def test_2990_no_activity_after_closure_rc8_rc9():
    details = [cin("1", ReasonForClosure="RC8"), cin("2", ReasonForClosure="RC9", DateOfInitialCPC="2025-07-01"),
               cin("3", ReasonForClosure="rc8"), cin("4", ReasonForClosure="RC7"), cin("5", ReasonForClosure="RC9"), cin("6", ReasonForClosure="RC8")]
    found = run_rule("2990", cin_details=details, section47=[{"LAchildID": "1", "CINdetailsID": "1"}, {"LAchildID": "4", "CINdetailsID": "1"}],
                     cin_plan_dates=[plan("3", "2025-07-01")], child_protection_plans=[cpp("6", "2025-07-01")])
    assert found == {("CINdetails", 1), ("CINdetails", 2), ("CINdetails", 3), ("CINdetails", 6)}


def test_2991q_s47_needs_an_assessment():
    s47 = [{"LAchildID": "1", "CINdetailsID": "1"}, {"LAchildID": "1", "CINdetailsID": "2"}]
    ass = [{"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "1"}]
    assert run_rule("2991Q", section47=s47, assessments=ass) == {("Section47", 2)}


def test_8565_no_activity_after_closure():
    details = [cin("1", CINclosureDate="2025-08-01"), cin("2", CINclosureDate="2025-08-01"), cin("3", CINclosureDate="2025-08-01", DateOfInitialCPC="2025-08-02"),
               cin("4", CINclosureDate="2025-08-01"), cin("5", CINclosureDate="2025-08-01"), cin("6"), cin("7", CINclosureDate="2025-08-01")]
    found = run_rule(
        "8565", cin_details=details,
        assessments=[{"LAchildID": "1", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-07-01", "AssessmentAuthorisationDate": "2025-08-01"},
                     {"LAchildID": "2", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-07-01", "AssessmentAuthorisationDate": "2025-08-02"}],
        section47=[{"LAchildID": "4", "CINdetailsID": "1", "S47ActualStartDate": "2025-07-01", "DateOfInitialCPC": "2025-08-05"}],
        child_protection_plans=[cpp("5", "2025-07-01", "2025-08-01"), cpp("6", "2025-07-01", "2025-09-01")],
        cin_plan_dates=[plan("7", "2025-07-01", "2025-08-10")],
    )
    assert found == {("CINdetails", 2), ("CINdetails", 3), ("CINdetails", 4), ("CINdetails", 7)}


def test_8568_nfa_flag_present_and_valid():
    rows = [cin("1", ReferralNFA="true"), cin("2", ReferralNFA="0"), cin("3", ReferralNFA="FALSE"), cin("4", ReferralNFA="yes"), cin("5", ReferralNFA=None)]
    assert run_rule("8568", cin_details=rows) == {("CINdetails", 4), ("CINdetails", 5)}


def test_8569q_old_referral_not_nfa():
    # 1 April 2025 is a Tuesday: one working day before is Monday 31 March 2025.
    rows = [cin("1", referral="2025-03-30", ReferralNFA="true"), cin("2", referral="2025-03-31", ReferralNFA="true"),
            cin("3", referral="2025-03-28", ReferralNFA="false"), cin("4", referral="2025-03-28", ReferralNFA="x")]
    assert run_rule("8569Q", cin_details=rows) == {("CINdetails", 1), ("CINdetails", 4)}


def test_8585q_died_needs_a_death_date():
    children = [ident("1", PersonDeathDate="2025-07-01"), ident("2"), ident("3", PersonDeathDate="2025-13-01")]
    rows = [cin("1", ReasonForClosure="RC2"), cin("2", ReasonForClosure="RC2"), cin("2", "2", ReasonForClosure="RC7"), cin("3", ReasonForClosure="RC2")]
    assert run_rule("8585Q", child_identifiers=children, cin_details=rows) == {("CINdetails", 2), ("CINdetails", 4)}


# --- CIN plans and protection plans -----------------------------------------------------------------------


def test_4000_no_cin_plan_after_nfa():
    details = [cin("1", ReferralNFA="TRUE"), cin("2"), cin("3", ReferralNFA="1")]
    assert run_rule("4000", cin_details=details, cin_plan_dates=[plan("1", "2025-07-01"), plan("2", "2025-07-01"), plan("3", "2025-07-01")]) == {
        ("CINplanDates", 1), ("CINplanDates", 3)}


def test_4001_open_cin_plan_with_open_protection_plan():
    plans = [plan("1", "2025-07-01"), plan("2", "2025-07-01", "2025-08-01"), plan("3", "2025-07-01"), plan("4", "2025-07-01", n="2")]
    cpps = [cpp("1", "2025-08-01"), cpp("2", "2025-08-01"), cpp("3", "2025-06-01", "2025-07-01"), cpp("4", "2025-08-01")]
    assert run_rule("4001", cin_plan_dates=plans, child_protection_plans=cpps) == {("CINplanDates", 1), ("ChildProtectionPlans", 1)}


def test_4003_no_cpp_review_during_a_cin_plan():
    cpps = [cpp("1", "2025-05-01", "2025-09-01"), cpp("2", "2025-05-01", "2025-09-01"), cpp("3", "2025-05-01"), cpp("4", "2025-05-01")]
    plans = [plan("1", "2025-08-01", "2025-10-01"), plan("2", "2025-09-01", "2025-12-01"), plan("3", "2025-07-01", "2025-07-31"),
             plan("4", "2025-06-01")]
    reviews = [{"LAchildID": "1", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-08-15"},  # during the CIN plan
               {"LAchildID": "1", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-07-15"},  # before it
               {"LAchildID": "2", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-01"},  # the day the CPP ends
               {"LAchildID": "3", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-07-01"},  # first day of the plan
               {"LAchildID": "3", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-07-02"},  # second day
               {"LAchildID": "3", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-07-31"},  # last day: plan over
               {"LAchildID": "4", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-08-01"}]  # plan with no end date
    assert run_rule("4003", child_protection_plans=cpps, cin_plan_dates=plans, cpp_reviews=reviews) == {("Reviews", 1), ("Reviews", 5)}


def test_4004_one_open_cin_plan_per_episode():
    rows = [plan("1", "2025-05-01"), plan("1", "2025-07-01"), plan("1", "2025-04-01", "2025-04-30"), plan("2", "2025-05-01"), plan("2", "2025-07-01", n="2")]
    assert run_rule("4004", cin_plan_dates=rows) == {("CINplanDates", 1), ("CINplanDates", 2)}


def test_4008_4009q_cin_plan_not_after_death():
    children = [ident("1", PersonDeathDate="2025-08-01"), ident("2", PersonDeathDate="2025-08-01"), ident("3")]
    plans = [plan("1", "2025-08-02"), plan("2", "2025-07-01", "2025-08-01"), plan("2", "2025-07-01", "2025-08-02"), plan("3", "2025-07-01", "2025-09-01")]
    assert run_rule("4008", child_identifiers=children, cin_plan_dates=plans) == {("CINplanDates", 1), ("ChildIdentifiers", 1)}
    assert run_rule("4009Q", child_identifiers=children, cin_plan_dates=plans) == {("CINplanDates", 3), ("ChildIdentifiers", 2)}


def test_4010_to_4013_cin_plan_dates():
    rows = [plan("1", "2026-03-31"), plan("2", "2026-04-01"), plan("3", None), plan("4", "2025-06-01", "2025-05-01"),
            plan("5", "2025-06-01", "2025-06-01"), plan("6", "2024-06-01", "2025-03-31"), plan("7", "2025-06-01", "2026-04-01"),
            plan("8", "2024-06-01", "2025-04-01")]
    assert run_rule("4010", cin_plan_dates=rows) == {("CINplanDates", 2), ("CINplanDates", 3)}
    assert run_rule("4011", cin_plan_dates=rows) == {("CINplanDates", 4)}
    assert run_rule("4012Q", cin_plan_dates=rows) == {("CINplanDates", 5)}
    assert run_rule("4013", cin_plan_dates=rows) == {("CINplanDates", 6), ("CINplanDates", 7)}


def test_4014_cin_plans_do_not_overlap():
    rows = [plan("1", "2025-05-01", "2025-06-01"), plan("1", "2025-06-01", "2025-07-01", n="2"),  # starts on the other's end day
            plan("2", "2025-05-01", "2025-06-01"), plan("2", "2025-06-02"),  # back to back: fine
            plan("3", "2025-05-01"), plan("3", "2025-08-01", "2025-09-01", n="2")]  # inside an open plan
    assert run_rule("4014", cin_plan_dates=rows) == {("CINplanDates", 1), ("CINplanDates", 2), ("CINplanDates", 5), ("CINplanDates", 6)}


def test_4016_cin_plan_not_starting_during_a_protection_plan():
    cpps = [cpp("1", "2025-05-01", "2025-08-01"), cpp("2", "2025-05-01", "2025-08-01"), cpp("3", "2025-05-01"), cpp("4", "2025-05-01", "2025-08-01")]
    plans = [plan("1", "2025-06-01"), plan("2", "2025-08-01"), plan("3", "2025-12-01", n="2"), plan("4", "2025-04-30", "2025-05-01")]
    assert run_rule("4016", child_protection_plans=cpps, cin_plan_dates=plans) == {
        ("CINplanDates", 1), ("ChildProtectionPlans", 1), ("CINplanDates", 3), ("ChildProtectionPlans", 3)}


def test_4017_protection_plan_not_starting_during_a_cin_plan():
    plans = [plan("1", "2025-05-01", "2025-08-01"), plan("2", "2025-05-01", "2025-08-01"), plan("3", "2025-05-01"), plan("4", "2025-05-01", "2025-08-01")]
    cpps = [cpp("1", "2025-06-01"), cpp("2", "2025-08-01"), cpp("3", "2025-12-01", n="2"), cpp("4", "2025-04-30", "2025-05-01")]
    assert run_rule("4017", child_protection_plans=cpps, cin_plan_dates=plans) == {
        ("ChildProtectionPlans", 1), ("CINplanDates", 1), ("ChildProtectionPlans", 3), ("CINplanDates", 3)}
