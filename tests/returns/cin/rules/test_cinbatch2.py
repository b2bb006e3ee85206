"""DfE CIN census rules, batch 2 (8610-8950Q): each rule's failing and passing rows side by side.

The collection year is 2025-26 (1 April 2025 to 31 March 2026, a Tuesday) unless a test says otherwise. Rows are
numbered from 1 in each table; a finding is (DfE table name, row number)."""

import pytest

from .ruletest import run_rule


def cin(child: str, cid: int = 1, **more: str | None) -> dict[str, str | None]:
    """A CINdetails row: referred 1 June 2025, going on to further action, unless given."""
    return {"LAchildID": child, "CINdetailsID": str(cid), "CINreferralDate": "2025-06-01", "ReferralNFA": "false", **more}


def ass(child: str, cid: int = 1, aid: int = 1, start: str | None = "2025-06-02", end: str | None = None) -> dict[str, str | None]:
    return {"LAchildID": child, "CINdetailsID": str(cid), "AssessmentID": str(aid),
            "AssessmentActualStartDate": start, "AssessmentAuthorisationDate": end}


def factor(child: str, code: str | None, cid: int = 1, aid: int = 1) -> dict[str, str | None]:
    return {"LAchildID": child, "CINdetailsID": str(cid), "AssessmentID": str(aid), "AssessmentFactor": code}


def s47(child: str, cid: int = 1, start: str | None = "2025-06-02", icpc: str | None = None, not_required: str | None = "false",
        **more: str | None) -> dict[str, str | None]:
    return {"LAchildID": child, "CINdetailsID": str(cid), "S47ActualStartDate": start, "DateOfInitialCPC": icpc,
            "ICPCnotRequired": not_required, **more}


def cpp(child: str, cid: int = 1, pid: int = 1, start: str | None = "2025-07-01", end: str | None = None, **more: str | None) -> dict[str, str | None]:
    return {"LAchildID": child, "CINdetailsID": str(cid), "CPPID": str(pid), "CPPstartDate": start, "CPPendDate": end,
            "InitialCategoryOfAbuse": "NEG", "LatestCategoryOfAbuse": "NEG", "NumberOfPreviousCPP": "0", **more}


def ident(child: str, **more: str | None) -> dict[str, str | None]:
    return {"LAchildID": child, **more}


def disability(child: str, code: str | None) -> dict[str, str | None]:
    return {"LAchildID": child, "Disability": code}


def review(child: str, date: str | None, cid: int = 1, pid: int = 1) -> dict[str, str | None]:
    return {"LAchildID": child, "CINdetailsID": str(cid), "CPPID": str(pid), "CPPreviewDate": date}


# --- CINdetails --------------------------------------------------------------------------------------------------

def test_8610_primary_need_needed_when_the_referral_goes_on():
    rows = [cin("1", PrimaryNeedCode="N1"), cin("2"), cin("3", ReferralNFA="true"), cin("4", ReferralNFA="0"), cin("5", ReferralNFA=None)]
    assert run_rule("8610", cin_details=rows) == {("CINdetails", 2), ("CINdetails", 4)}


def test_8620_closure_date_within_the_census_year():
    rows = [cin("1", CINclosureDate="2025-04-01"), cin("2", CINclosureDate="2026-03-31"), cin("3", CINclosureDate="2025-03-31"),
            cin("4", CINclosureDate="2026-04-01"), cin("5")]
    assert run_rule("8620", cin_details=rows) == {("CINdetails", 3), ("CINdetails", 4)}


def test_8630_closure_not_before_referral():
    rows = [cin("1", CINclosureDate="2025-06-01"), cin("2", CINclosureDate="2025-05-31"), cin("3")]
    assert run_rule("8630", cin_details=rows) == {("CINdetails", 2)}


def test_8640_reason_for_closure_code():
    rows = [cin("1", ReasonForClosure="RC9"), cin("2", ReasonForClosure="RC10"), cin("3"), cin("4", ReasonForClosure="rc1")]
    assert run_rule("8640", cin_details=rows) == {("CINdetails", 2)}


def test_8650_primary_need_code():
    rows = [cin("1", PrimaryNeedCode="N0"), cin("2", PrimaryNeedCode="N10"), cin("3"), cin("4", PrimaryNeedCode="X")]
    assert run_rule("8650", cin_details=rows) == {("CINdetails", 2), ("CINdetails", 4)}


def test_8805_and_8810_closure_date_and_reason_go_together():
    rows = [cin("1", CINclosureDate="2025-08-01", ReasonForClosure="RC7"), cin("2", CINclosureDate="2025-08-01"),
            cin("3", ReasonForClosure="RC7"), cin("4"), cin("5", CINclosureDate="2025-02-30")]
    assert run_rule("8805", cin_details=rows) == {("CINdetails", 2), ("CINdetails", 5)}
    assert run_rule("8810", cin_details=rows) == {("CINdetails", 3)}


def test_8815_only_one_open_episode_going_on_to_action():
    rows = [
        cin("A", 1, CINclosureDate="2025-05-01"), cin("A", 2),                     # one closed, one open: fine
        cin("B", 1), cin("B", 2, CINreferralDate="2025-09-01"),                     # two open: both found
        cin("C", 1), cin("C", 2, ReferralNFA="true"), cin("C", 3, ReferralNFA="1"),  # open NFA referrals may be several
    ]
    assert run_rule("8815", cin_details=rows) == {("CINdetails", 3), ("CINdetails", 4)}


def test_8816_open_episode_must_be_the_latest():
    rows = [
        cin("A", 1, CINreferralDate="2025-04-10", CINclosureDate="2025-05-01", ReasonForClosure="RC7"), cin("A", 2),
        cin("B", 1), cin("B", 2, CINreferralDate="2025-09-01", CINclosureDate="2025-10-01", ReasonForClosure="RC7"),
        cin("C", 1), cin("C", 2, CINreferralDate="2025-09-01", ReferralNFA="true"),
        cin("D", 1), cin("D", 2, ReferralNFA="true"),                      # another referral the same day: not the latest
        cin("E", 1), cin("E", 2, CINreferralDate="2025-05-01", ReferralNFA="true"),
    ]
    assert run_rule("8816", cin_details=rows) == {("CINdetails", 3), ("CINdetails", 5), ("CINdetails", 7)}


def test_8820_episodes_must_not_overlap():
    rows = [
        # A: the second starts on the day the first closes: allowed
        cin("A", 1, CINreferralDate="2025-04-10", CINclosureDate="2025-06-01"), cin("A", 2, CINreferralDate="2025-06-01"),
        # B: the second starts before the first closes
        cin("B", 1, CINreferralDate="2025-04-10", CINclosureDate="2025-06-10"), cin("B", 2, CINreferralDate="2025-06-01"),
        # C: the first is still open (further action), the second starts later
        cin("C", 1, CINreferralDate="2025-04-10"), cin("C", 2, CINreferralDate="2025-07-01", CINclosureDate="2025-08-01"),
        # D: an open NFA referral does not run on to the reference date
        cin("D", 1, CINreferralDate="2025-04-10", ReferralNFA="true"), cin("D", 2, CINreferralDate="2025-07-01"),
    ]
    assert run_rule("8820", cin_details=rows) == {("CINdetails", 3), ("CINdetails", 4), ("CINdetails", 5), ("CINdetails", 6)}


def test_8825q_closed_after_assessment_needs_an_assessment():
    rows = [cin("A", 1, ReasonForClosure="RC8"), cin("A", 2, ReasonForClosure="RC9"), cin("B", 1, ReasonForClosure="RC8"),
            cin("C", 1, ReasonForClosure="RC7")]
    assert run_rule("8825Q", cin_details=rows, assessments=[ass("A", 1), ass("B", 2)]) == {("CINdetails", 2), ("CINdetails", 3)}


def test_8866_referral_source():
    rows = [cin("1", ReferralSource="1A"), cin("2", ReferralSource="10"), cin("3"), cin("4", ReferralSource="11"),
            cin("5", CINreferralDate="2013-03-31"), cin("6", ReferralSource="5d")]
    assert run_rule("8866", cin_details=rows) == {("CINdetails", 3), ("CINdetails", 4)}


# --- Assessments -------------------------------------------------------------------------------------------------

def test_8614_factors_only_on_a_completed_assessment():
    assessments = [ass("A", end="2025-07-01"), ass("B"), ass("C"), ass("D", aid=2)]
    factors = [factor("A", "1A"), factor("B", "21"), factor("D", "1A", aid=1)]
    assert run_rule("8614", assessments=assessments, assessment_factors=factors) == {("Assessments", 2)}


def test_8670q_open_assessment_older_than_45_working_days():
    # 45 working days before Tuesday 31 March 2026 (no bank holiday in between) is Tuesday 27 January 2026.
    rows = [ass("1", start="2026-01-27"), ass("2", start="2026-01-26"), ass("3", start="2025-05-01", end="2025-06-01")]
    assert run_rule("8670Q", assessments=rows) == {("Assessments", 2)}


def test_8696_assessment_end_in_the_census_year():
    rows = [ass("1", start="2025-03-01", end="2025-04-01"), ass("2", start="2025-03-01", end="2025-03-31"),
            ass("3", end="2026-04-01"), ass("4")]
    assert run_rule("8696", assessments=rows) == {("Assessments", 2), ("Assessments", 3)}


def test_8736_open_assessment_starts_in_the_census_year():
    rows = [ass("1", start="2025-04-01"), ass("2", start="2025-03-31"), ass("3", start="2025-03-31", end="2025-04-20"),
            ass("4", start=None), ass("5", start="2026-04-01")]
    assert run_rule("8736", assessments=rows) == {("Assessments", 2), ("Assessments", 4), ("Assessments", 5)}


def test_8863q_assessments_must_not_overlap_in_one_episode():
    rows = [
        ass("A", 1, 1, "2025-05-01", "2025-06-01"), ass("A", 1, 2, "2025-06-02", None),  # one after the other
        ass("B", 1, 1, "2025-05-01", "2025-06-01"), ass("B", 1, 2, "2025-06-01", None),  # starts on the other's end
        ass("C", 1, 1, "2025-05-01", None), ass("C", 1, 2, "2025-07-01", "2025-08-01"),  # starts while the other is open
        ass("D", 1, 1, "2025-05-01", None), ass("D", 2, 1, "2025-07-01", None),          # different episodes
    ]
    assert run_rule("8863Q", assessments=rows) == {("Assessments", n) for n in (3, 4, 5, 6)}


def test_8867_closed_episode_needs_completed_assessments():
    details = [cin("A", 1, CINclosureDate="2025-09-01", ReasonForClosure="RC8"), cin("B", 1, CINclosureDate="2025-09-01", ReasonForClosure="RC8"),
               cin("C", 1)]
    assessments = [ass("A", end="2025-08-01"), ass("B", aid=1, end="2025-07-01"), ass("B", aid=2), ass("C")]
    assert run_rule("8867", cin_details=details, assessments=assessments) == {("CINdetails", 2), ("Assessments", 3)}


def test_8869_factor_21_stands_alone():
    factors = [factor("A", "21"), factor("B", "21"), factor("B", "1A"), factor("C", "1A"), factor("C", "2B"),
               factor("D", "21", aid=1), factor("D", "1A", aid=2)]
    assert run_rule("8869", assessment_factors=factors) == {("AssessmentFactors", 2), ("AssessmentFactors", 3)}


def test_8873q_single_assessment_with_no_factors_closes_rc8_or_rc9():
    details = [cin("A", CINclosureDate="2025-08-01", ReasonForClosure="RC8"), cin("B", CINclosureDate="2025-08-01", ReasonForClosure="RC7"),
               cin("C"), cin("D", CINclosureDate="2025-08-01", ReasonForClosure="RC7"), cin("E", CINclosureDate="2025-08-01", ReasonForClosure="RC7")]
    assessments = [ass("A", end="2025-07-01"), ass("B", end="2025-07-01"), ass("C", end="2025-07-01"),
                   ass("D", aid=1, end="2025-07-01"), ass("D", aid=2, end="2025-07-20"), ass("E", end="2025-07-01")]
    factors = [factor("A", "21"), factor("B", "21"), factor("C", "21"), factor("D", "21"), factor("E", "3A")]
    found = run_rule("8873Q", cin_details=details, assessments=assessments, assessment_factors=factors)
    assert found == {("CINdetails", 2), ("Assessments", 2), ("CINdetails", 3), ("Assessments", 3)}


def test_8896_one_open_assessment_per_episode():
    rows = [ass("A", 1, 1), ass("A", 1, 2), ass("B", 1, 1), ass("B", 1, 2, end="2025-07-01"), ass("C", 1, 1), ass("C", 2, 1)]
    assert run_rule("8896", assessments=rows) == {("Assessments", 1), ("Assessments", 2)}


def test_8897q_completed_assessment_needs_valid_factors():
    assessments = [ass("A", end="2025-07-01"), ass("B", end="2025-07-01"), ass("C", end="2025-07-01"),
                   ass("D", start="2025-01-01", end="2025-03-31"), ass("E")]
    factors = [factor("A", "1A"), factor("A", "24A"), factor("C", "1A"), factor("C", "99Z")]
    found = run_rule("8897Q", assessments=assessments, assessment_factors=factors)
    assert found == {("Assessments", 2), ("Assessments", 3)}


def test_8898_no_repeated_factor_in_one_assessment():
    factors = [factor("A", "1A"), factor("A", "1A"), factor("A", "2A"), factor("B", "1A", aid=1), factor("B", "1A", aid=2)]
    assert run_rule("8898", assessment_factors=factors) == {("AssessmentFactors", 1), ("AssessmentFactors", 2)}


@pytest.mark.parametrize(("code", "old"), [("8945Q", "18A"), ("8950Q", "19A")])
def test_8945q_8950q_obsolete_abuse_factors(code, old):
    factors = [factor("A", old), factor("B", old[:2] + "B"), factor("C", old[:2] + "C"), factor("D", old.lower())]
    assert run_rule(code, assessment_factors=factors) == {("AssessmentFactors", 1), ("AssessmentFactors", 4)}


@pytest.mark.parametrize("code", ["8945Q", "8950Q"])
def test_8945q_8950q_start_in_2024_25(code):
    with pytest.raises(AssertionError, match=f"no rule {code} in force"):
        run_rule(code, year="2023-24", assessment_factors=[factor("A", "18A")])


# --- Section47 ---------------------------------------------------------------------------------------------------

def test_8615_s47_start_present_and_not_after_icpc():
    rows = [s47("1", icpc="2025-06-10"), s47("2", start="2025-06-11", icpc="2025-06-10"), s47("3", start=None, icpc="2025-06-10"),
            s47("4", start=None), s47("5", start="2025-06-10", icpc="2025-06-10")]
    assert run_rule("8615", section47=rows) == {("Section47", 2), ("Section47", 3)}


def test_8675q_s47_without_icpc_older_than_15_working_days():
    # 15 working days before Tuesday 31 March 2026 is Tuesday 10 March 2026.
    rows = [s47("1", start="2026-03-10"), s47("2", start="2026-03-09"), s47("3", start="2026-03-09", not_required="true"),
            s47("4", start="2026-03-09", icpc="2026-03-20"), s47("5", start="2026-03-09", not_required="0")]
    assert run_rule("8675Q", section47=rows) == {("Section47", 2), ("Section47", 5)}


def test_8715_icpc_in_the_census_year():
    rows = [s47("1", icpc="2025-04-01"), s47("2", start="2025-03-01", icpc="2025-03-31"), s47("3", icpc="2026-04-01"), s47("4")]
    assert run_rule("8715", section47=rows) == {("Section47", 2), ("Section47", 3)}


def test_8740_s47_awaiting_icpc_starts_in_the_census_year():
    rows = [s47("1", start="2025-04-01"), s47("2", start="2025-03-31"), s47("3", start="2025-03-31", not_required="true"),
            s47("4", start="2025-03-31", icpc="2025-04-10"), s47("5", start=None)]
    assert run_rule("8740", section47=rows) == {("Section47", 2), ("Section47", 5)}


def test_8831_no_activity_on_an_nfa_referral():
    details = [cin("A", ReferralNFA="true"), cin("B", ReferralNFA="1"), cin("C", ReferralNFA="true", DateOfInitialCPC="2025-07-01"),
               cin("D", ReferralNFA="true"), cin("E")]
    assessments = [ass("A"), ass("E")]
    section47 = [s47("B"), s47("E")]
    found = run_rule("8831", cin_details=details, assessments=assessments, section47=section47)
    assert found == {("CINdetails", 1), ("Assessments", 1), ("CINdetails", 2), ("Section47", 1), ("CINdetails", 3)}


def test_8839_one_open_s47_per_episode():
    rows = [s47("A"), s47("A", start="2025-07-01"),                            # two awaiting an ICPC
            s47("B"), s47("B", start="2025-07-01", not_required="true"),      # one not needing one
            s47("C"), s47("C", start="2025-07-01", icpc="2025-07-10"),        # one held
            s47("D", 1), s47("D", 2, not_required=None)]                      # different episodes
    assert run_rule("8839", section47=rows) == {("Section47", 1), ("Section47", 2)}


def test_8868_closed_episode_needs_completed_s47():
    details = [cin("A", CINclosureDate="2025-09-01", ReasonForClosure="RC7"), cin("B", CINclosureDate="2025-09-01", ReasonForClosure="RC7"),
               cin("C", CINclosureDate="2025-09-01", ReasonForClosure="RC7"), cin("D")]
    section47 = [s47("A", icpc="2025-06-10"), s47("B", not_required="true"), s47("C"), s47("D")]
    assert run_rule("8868", cin_details=details, section47=section47) == {("CINdetails", 3), ("Section47", 3)}


def test_8870q_and_8875_icpc_dates_not_at_a_weekend():
    rows = [s47("1", icpc="2025-06-13", InitialCPCtarget="2025-06-13"),   # Friday
            s47("2", icpc="2025-06-14", InitialCPCtarget="2025-06-14"),   # Saturday
            s47("3", icpc="2025-06-16", InitialCPCtarget="2025-06-15"),   # Monday / Sunday
            s47("4")]
    assert run_rule("8870Q", section47=rows) == {("Section47", 2), ("Section47", 3)}
    assert run_rule("8875", section47=rows) == {("Section47", 2)}


def test_8890_s47_must_not_overlap_in_one_episode():
    rows = [
        s47("A", start="2025-05-01", icpc="2025-05-20"), s47("A", start="2025-05-21"),                    # one after the other
        s47("B", start="2025-05-01", icpc="2025-05-20"), s47("B", start="2025-05-20"),                    # on the ICPC day
        s47("C", start="2025-05-01"), s47("C", start="2025-07-01", not_required="true"),                  # first still open
        s47("D", start="2025-05-01", not_required="true"), s47("D", start="2025-07-01", not_required="true"),  # closed by the flag
        s47("E", 1, start="2025-05-01"), s47("E", 2, start="2025-07-01"),                                 # different episodes
    ]
    assert run_rule("8890", section47=rows) == {("Section47", n) for n in (3, 4, 5, 6)}


# --- Child protection plans and reviews ----------------------------------------------------------------------------

def test_8720_cpp_start_present_and_not_after_reference_date():
    rows = [cpp("1", start="2026-03-31"), cpp("2", start="2026-04-01"), cpp("3", start=None)]
    assert run_rule("8720", child_protection_plans=rows) == {("ChildProtectionPlans", 2), ("ChildProtectionPlans", 3)}


def test_8730_number_of_previous_plans():
    rows = [cpp("1"), cpp("2", NumberOfPreviousCPP="3"), cpp("3", NumberOfPreviousCPP=None), cpp("4", NumberOfPreviousCPP="-1"),
            cpp("5", NumberOfPreviousCPP="two")]
    assert run_rule("8730", child_protection_plans=rows) == {("ChildProtectionPlans", n) for n in (3, 4, 5)}


def test_8832_no_cpp_on_an_nfa_referral():
    details = [cin("A", ReferralNFA="true"), cin("B"), cin("C", ReferralNFA="1")]
    plans = [cpp("A"), cpp("B")]
    assert run_rule("8832", cin_details=details, child_protection_plans=plans) == {("CINdetails", 1), ("ChildProtectionPlans", 1)}


def test_8840_cpp_not_start_and_end_same_day():
    rows = [cpp("1", end="2025-07-01"), cpp("2", end="2025-07-02"), cpp("3")]
    assert run_rule("8840", child_protection_plans=rows) == {("ChildProtectionPlans", 1)}


def test_8841_reviews_after_the_plan_starts():
    plans = [cpp("A"), cpp("B")]
    reviews = [review("A", "2025-07-20"), review("A", "2025-07-01"), review("B", "2025-07-02"), review("B", "2025-06-30", pid=2)]
    found = run_rule("8841", child_protection_plans=plans, cpp_reviews=reviews)
    assert found == {("ChildProtectionPlans", 1), ("Reviews", 2)}


def test_8842q_review_needs_a_valid_date():
    reviews = [review("A", "2025-07-20"), review("A", None), review("B", "2025-02-30")]
    assert run_rule("8842Q", cpp_reviews=reviews) == {("Reviews", 2), ("Reviews", 3)}


@pytest.mark.parametrize(("code", "column"), [("8905", "InitialCategoryOfAbuse"), ("8910", "LatestCategoryOfAbuse")])
def test_8905_8910_category_of_abuse(code, column):
    rows = [cpp(str(n)) for n in range(1, 5)]
    for row, value in zip(rows, ["MUL", None, "XYZ", "emo"], strict=True):
        row[column] = value
    assert run_rule(code, child_protection_plans=rows) == {("ChildProtectionPlans", 2), ("ChildProtectionPlans", 3)}


def test_8915_and_8920_cpp_dates_not_after_death():
    children = [ident("A", PersonDeathDate="2025-08-01"), ident("B", PersonDeathDate="2025-08-01"),
                ident("C"), ident("D", PersonDeathDate="2025-08-01")]
    plans = [cpp("A", start="2025-08-02"), cpp("B", start="2025-07-01", end="2025-08-02"), cpp("C", end="2025-09-01"),
             cpp("D", start="2025-07-01", end="2025-08-01")]
    assert run_rule("8915", child_identifiers=children, child_protection_plans=plans) == {("ChildProtectionPlans", 1), ("ChildIdentifiers", 1)}
    assert run_rule("8920", child_identifiers=children, child_protection_plans=plans) == {("ChildProtectionPlans", 2), ("ChildIdentifiers", 2)}


def test_8925_cpp_end_not_before_start():
    rows = [cpp("1", end="2025-06-30"), cpp("2", end="2025-07-01"), cpp("3")]
    assert run_rule("8925", child_protection_plans=rows) == {("ChildProtectionPlans", 1)}


def test_8930_cpp_end_in_the_census_year():
    rows = [cpp("1", start="2025-01-01", end="2025-04-01"), cpp("2", start="2025-01-01", end="2025-03-31"), cpp("3", end="2026-04-01"), cpp("4")]
    assert run_rule("8930", child_protection_plans=rows) == {("ChildProtectionPlans", 2), ("ChildProtectionPlans", 3)}


def test_8935_one_open_plan_per_child():
    rows = [cpp("A", 1), cpp("A", 2),                                       # open plans in two episodes of one child
            cpp("B", 1, 1, end="2025-08-01"), cpp("B", 1, 2, start="2025-09-01"),
            cpp("C")]
    assert run_rule("8935", child_protection_plans=rows) == {("ChildProtectionPlans", 1), ("ChildProtectionPlans", 2)}


def test_8940_plans_must_not_overlap():
    rows = [
        cpp("A", 1, 1, "2025-05-01", "2025-06-01"), cpp("A", 1, 2, "2025-06-02"),           # one after the other
        cpp("B", 1, 1, "2025-05-01", "2025-06-01"), cpp("B", 1, 2, "2025-06-01"),           # starts on the other's end
        cpp("C", 1, 1, "2025-05-01"), cpp("C", 2, 1, "2025-07-01", "2025-08-01"),           # same CPPID, other episode
    ]
    assert run_rule("8940", child_protection_plans=rows) == {("ChildProtectionPlans", n) for n in (3, 4, 5, 6)}


# --- Child identifiers and disabilities -----------------------------------------------------------------------------

def test_8750_unborn_child_sex_u():
    rows = [ident("1", ExpectedPersonBirthDate="2026-05-01", Sex="U"),
            ident("2", ExpectedPersonBirthDate="2026-05-01", Sex="F"),
            ident("3", ExpectedPersonBirthDate="2026-05-01"),
            ident("4", ExpectedPersonBirthDate="2025-05-01", PersonBirthDate="2025-05-03", Sex="F")]
    assert run_rule("8750", child_identifiers=rows) == {("ChildIdentifiers", 2), ("ChildIdentifiers", 3)}


def test_8750_before_2024_25_reads_gender_current():
    rows = [ident("1", ExpectedPersonBirthDate="2024-05-01", GenderCurrent="0"),
            ident("2", ExpectedPersonBirthDate="2024-05-01", GenderCurrent="2")]
    assert run_rule("8750", year="2023-24", child_identifiers=rows) == {("ChildIdentifiers", 2)}


def test_8770q_school_age_child_needs_upn_or_reason():
    # 2025-26: of school age means born on or before 31 August 2020.
    rows = [ident("A", PersonBirthDate="2020-08-31"),                        # no UPN, no reason
            ident("B", PersonBirthDate="2020-09-01"),                        # not yet of school age
            ident("C", PersonBirthDate="2015-01-01", UPN="A839123456789"),
            ident("D", PersonBirthDate="2015-01-01", UPNunknown="UN1"),   # UN1 is for under-fives
            ident("E", PersonBirthDate="2015-01-01", UPNunknown="un2"),
            ident("F", PersonBirthDate="2015-01-01")]                        # NFA referral only
    details = [cin(c) for c in "ABCDE"] + [cin("F", ReferralNFA="true")]
    found = run_rule("8770Q", child_identifiers=rows, cin_details=details)
    assert found == {("ChildIdentifiers", 1), ("ChildIdentifiers", 4)}


def test_8770q_before_2024_25_uses_six_years_before_the_reference_date():
    rows = [ident("A", PersonBirthDate="2018-03-31"), ident("B", PersonBirthDate="2018-04-01")]
    found = run_rule("8770Q", year="2023-24", child_identifiers=rows, cin_details=[cin("A"), cin("B")])
    assert found == {("ChildIdentifiers", 1)}


def test_8772_un7_only_for_nfa_referrals():
    rows = [ident("A", UPNunknown="UN7"), ident("B", UPNunknown="UN7"), ident("C", UPNunknown="UN2")]
    details = [cin("A", 1, ReferralNFA="true"), cin("A", 2, ReferralNFA="1"), cin("B", 1, ReferralNFA="true"), cin("B", 2), cin("C")]
    found = run_rule("8772", child_identifiers=rows, cin_details=details)
    assert found == {("ChildIdentifiers", 2), ("CINdetails", 4)}


def test_8775q_child_over_25():
    # Born before 31 March 2001 and the episode is open, or closed after the 25th birthday.
    rows = [ident("A", PersonBirthDate="2001-03-30"), ident("B", PersonBirthDate="2001-03-30"),
            ident("C", PersonBirthDate="2001-03-31"), ident("D", PersonBirthDate="2000-06-01")]
    details = [cin("A"), cin("B", CINclosureDate="2026-03-30", ReasonForClosure="RC7"), cin("C"),
               cin("D", CINclosureDate="2025-06-01", ReasonForClosure="RC7")]
    found = run_rule("8775Q", child_identifiers=rows, cin_details=details)
    assert found == {("ChildIdentifiers", 1), ("CINdetails", 1)}


def test_8790_none_stands_alone():
    rows = [disability("A", "NONE"), disability("B", "NONE"), disability("B", "MOB"),
            disability("C", "MOB"), disability("C", "AUT")]
    assert run_rule("8790", disabilities=rows) == {("Disabilities", 3)}


def test_8794_no_repeated_disability():
    rows = [disability("A", "MOB"), disability("A", "mob"), disability("A", "AUT"),
            disability("B", "MOB")]
    assert run_rule("8794", disabilities=rows) == {("Disabilities", 1), ("Disabilities", 2)}


# --- The whole batch on a clean synthetic census ----------------------------------------------------------------

BATCH = ("8610 8614 8615 8620 8630 8640 8650 8670Q 8675Q 8696 8715 8720 8730 8736 8740 8750 8770Q 8772 8775Q 8790 8794 "
         "8805 8810 8815 8816 8820 8825Q 8831 8832 8839 8840 8841 8842Q 8863Q 8866 8867 8868 8869 8870Q 8873Q 8875 8890 "
         "8896 8897Q 8898 8905 8910 8915 8920 8925 8930 8935 8940 8945Q 8950Q").split()


@pytest.mark.parametrize("year", ["2023-24", "2025-26"])
def test_clean_synthetic_census_breaks_none_of_the_batch(tmp_path, year):
    from carewatch.engine.rules import load_rules
    from carewatch.engine.run import validate
    from carewatch.returns.readers import read_return
    from carewatch.synth.cin import write_census

    write_census(tmp_path / "cin.xml", year=year, children=300, seed=5)
    rules = [r for r in load_rules("cin") if r.code in BATCH]
    result = validate(rules, read_return("cin", [tmp_path / "cin.xml"], year), None, {}, la_code=None)
    assert {r.code for r in result.ran} == set(BATCH) - ({"8945Q", "8950Q"} if year == "2023-24" else set())
    assert result.findings.num_rows == 0
