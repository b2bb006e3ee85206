"""CIN census measures, worked by hand (collection year 2025-26: 1 April 2025 to 31 March 2026). Dates are
the census's ISO dates."""

import pytest

from .measuretest import measure


def cin(measure_id, last=None, population=None, **tables):
    return measure(measure_id, return_name="cin", last=last, population=population, **tables)


def detail(child, n, referral, source="2A", closure=None):
    return {"LAchildID": child, "CINdetailsID": str(n), "CINreferralDate": referral, "ReferralSource": source, "CINclosureDate": closure}


DETAILS = [
    detail("A", 1, "2025-04-10", "2A"),  # referral in the year, open at 31 March
    detail("B", 1, "2024-06-01", "6", closure="2024-09-01"),  # referred and closed last year (re-referral source)
    detail("B", 2, "2025-05-01", "6", closure="2026-03-31"),  # in the year, 11 months after: a re-referral; closed ON 31 March
    detail("C", 1, "2025-03-31", "3A"),  # referred the day before the year: not a referral of this year; open at 31 March
    detail("D", 1, "2025-08-01", "1A", closure="2025-09-01"),
    detail("D", 2, "2026-02-01", "1A"),  # 6 months after D's first: a re-referral; open at 31 March
    detail("E", 1, "2025-06-02", "10", closure="2025-07-01"),
]


def test_referrals_count_rate_and_sources():
    # In the year: A, B2, D1, D2, E = 5 (C's is on 31 March 2025). 5 / 2,000 * 10,000 = 25.
    assert cin("cin_referrals", cin_details=DETAILS)[("total", "all")] == (5, None, 5)
    assert cin("cin_referrals_rate", population=2000, cin_details=DETAILS)[("total", "all")] == (5, 2000, pytest.approx(25.0))
    sources = cin("cin_referral_sources", cin_details=DETAILS)
    # schools 2A: 1; police 6: 1; individual 1A: 2; unknown 10: 1
    assert sources[("source_group", "individual")] == (2, 5, pytest.approx(40.0))
    assert sources[("source_group", "police")][0] == 1 and sources[("source_group", "unknown")][0] == 1


def test_rates_with_nothing_in_the_year_are_zero_not_one():
    # Only referrals from before the year (B1, C): no referral in the year, so 0 per 10,000.
    before = [d for d in DETAILS if d["CINreferralDate"] < "2025-04-01"]
    assert cin("cin_referrals_rate", population=2000, cin_details=before)[("total", "all")] == (0, 2000, 0)


def test_rereferrals_need_last_years_census_for_a_referral_closed_before_the_year():
    # This year's census holds only episodes open in the year: B's first referral (closed September 2024)
    # is only in last year's. With it: re-referrals B2 and D2 = 2 of 5.
    this_year = [d for d in DETAILS if d["CINclosureDate"] is None or d["CINclosureDate"] >= "2025-04-01"]
    last = {"cin_details": [d for d in DETAILS if d["CINreferralDate"] < "2025-04-01"]}
    assert cin("cin_rereferrals", cin_details=this_year, last=last)[("total", "all")] == (2, 5, pytest.approx(40.0))
    # One census alone: only D2 is seen as a re-referral.
    assert cin("cin_rereferrals", cin_details=this_year)[("total", "all")] == (1, 5, pytest.approx(20.0))


def test_assessments_and_factors():
    details = [detail(c, 1, "2025-04-10") for c in "ABCD"]
    assessments = [
        {"LAchildID": "A", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-04-11", "AssessmentAuthorisationDate": "2025-06-18"},
        {"LAchildID": "B", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-04-11", "AssessmentAuthorisationDate": "2025-06-19"},
        {"LAchildID": "C", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-04-11", "AssessmentAuthorisationDate": "2025-05-01"},
        {"LAchildID": "D", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentActualStartDate": "2025-04-11", "AssessmentAuthorisationDate": None},  # not completed
    ]
    factors = [
        {"LAchildID": "A", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentFactor": "3A"},
        {"LAchildID": "A", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentFactor": "16A"},
        {"LAchildID": "B", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentFactor": "3A"},
        {"LAchildID": "C", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentFactor": "21"},  # no factors
        {"LAchildID": "D", "CINdetailsID": "1", "AssessmentID": "1", "AssessmentFactor": "3A"},  # not completed
    ]
    assert cin("cin_assessments", cin_details=details, assessments=assessments)[("total", "all")] == (3, None, 3)
    # Started Friday 11 April: day 45 is Thursday 19 June (see below), so A (day 44), B (day 45) and C are all
    # on time, though B is 46 working days after the referral: the clock starts at the assessment's start.
    assert cin("cin_assessments_45_days", cin_details=details, assessments=assessments)[("total", "all")] == (3, 3, pytest.approx(100.0))
    f = cin("cin_assessment_factors", cin_details=details, assessments=assessments, assessment_factors=factors)
    assert f[("total", "all")] == (2, 3, 2)  # A and B had a factor; C had none
    assert f[("factor", "3A")][0] == 2 and f[("factor", "16A")][0] == 1


def test_assessments_within_45_working_days_of_their_start_across_bank_holidays():
    # DfE times an assessment from its actual start date (C2 "duration of assessment"; rule 8670Q). The start
    # day is day 0 ("started and finished the same day"). From Thursday 10 April 2025, skipping Good Friday
    # 18 April, Easter Monday 21 April and the bank holidays of 5 and 26 May: April 11, 14-17, 22-25, 28-30
    # (12); May 1-2, 6-9, 12-16, 19-23, 27-30 (20: 32); June 2-6, 9-13 (42), 16, 17, 18 (45). Day 45 is
    # Wednesday 18 June: on time; 19 June is late. (Counting weekdays only, day 45 would be 12 June.)
    # From Thursday 1 May: May 2, 6-9, 12-16, 19-23, 27-30 (19); June (21: 40); July 1-4 (44), 7 (45).
    def a(child, start, authorised):
        return {"LAchildID": child, "CINdetailsID": "1", "AssessmentID": "1",
                "AssessmentActualStartDate": start, "AssessmentAuthorisationDate": authorised}

    details = [detail(c, 1, "2025-04-10") for c in "ABCDEFGH"]  # all referred on 10 April
    assessments = [
        a("A", "2025-04-10", "2025-06-18"),  # day 45: on time
        a("B", "2025-04-10", "2025-06-19"),  # day 46: late
        a("C", "2025-04-10", "2025-05-01"),  # on time
        a("D", "2025-04-10", None),  # not completed: not counted
        a("E", "2025-05-01", "2025-07-07"),  # started 3 weeks after the referral; day 45 of the assessment: on time
        a("F", "2025-05-01", "2025-07-08"),  # day 46: late
        a("G", None, "2025-05-01"),  # no start date: counted, not shown to be on time
        a("H", "2025-04-10", "2025-04-10"),  # started and finished the same day: on time
    ]
    # Completed: A, B, C, E, F, G, H = 7; on time: A, C, E, H = 4
    values = cin("cin_assessments_45_days", cin_details=details, assessments=assessments)
    assert values[("total", "all")] == (4, 7, pytest.approx(400 / 7))


def test_section_47_and_initial_conferences():
    # Strategy discussion Monday 15 December 2025; skipping 25, 26 December and 1 January, 15 working days
    # later is Thursday 8 January 2026 (Dec 16-19, 22-24, 29-31 = 10; Jan 2, 5-8 = 15).
    s47 = [
        {"LAchildID": "A", "CINdetailsID": "1", "S47ActualStartDate": "2025-12-15", "DateOfInitialCPC": "2026-01-08"},  # on time
        {"LAchildID": "B", "CINdetailsID": "1", "S47ActualStartDate": "2025-12-15", "DateOfInitialCPC": "2026-01-09"},  # late
        {"LAchildID": "C", "CINdetailsID": "1", "S47ActualStartDate": "2025-05-01", "DateOfInitialCPC": None, "ICPCnotRequired": "true"},
        {"LAchildID": "D", "CINdetailsID": "1", "S47ActualStartDate": "2025-03-20", "DateOfInitialCPC": "2025-04-03"},  # enquiry last year, ICPC this
    ]
    # Enquiries started in the year: A, B, C = 3 per 1,000 children = 30 per 10,000
    assert cin("cin_s47_rate", population=1000, section47=s47)[("total", "all")] == (3, 1000, pytest.approx(30.0))
    # Conferences in the year: A, B, D = 3 -> 30 per 10,000
    assert cin("cin_icpc_rate", population=1000, section47=s47)[("total", "all")][0] == 3
    # On time: A, and D (20 March to 3 April 2025 is 10 working days: Good Friday is 18 April) = 2 of 3
    assert cin("cin_icpc_15_days", section47=s47)[("total", "all")] == (2, 3, pytest.approx(200 / 3))


def plan(child, start, end=None, previous="0", n=1, initial="NEG", latest="NEG"):
    return {"LAchildID": child, "CINdetailsID": "1", "CPPID": str(n), "CPPstartDate": start, "CPPendDate": end,
            "InitialCategoryOfAbuse": initial, "LatestCategoryOfAbuse": latest, "NumberOfPreviousCPP": previous}


def test_child_protection_plans():
    plans = [
        plan("A", "2026-01-15"),  # open at 31 March, 2.5 months: "3 months or less"; first plan
        plan("B", "2025-06-01", previous="1", initial="PHY", latest="EMO"),  # second plan (NumberOfPreviousCPP)
        plan("C", "2023-01-01", "2025-06-01"),  # ended in the year after 2 years 5 months
        plan("C", "2025-09-01", n=2),  # C's second plan: an earlier plan in the census, though the count says 0
        plan("D", "2024-04-01", "2026-03-31"),  # ended ON 31 March: not open; 730 days counting the end day: 2+ years
        plan("F", "2024-04-01", "2026-03-30"),  # ended in the year after 729 days counting the end day: not 2+ years
        plan("E", "2024-01-01"),  # open 2 years 3 months: "2 years or more"
    ]
    at_end = cin("cin_cpp_31mar", child_protection_plans=plans)
    # Open at 31 March: A, B, C(2), E = 4
    assert at_end[("total", "all")][0] == 4
    assert at_end[("latest_category", "EMO")][0] == 1 and at_end[("initial_category", "PHY")][0] == 1
    assert at_end[("duration", "3 months or less")][0] == 1 and at_end[("duration", "2 years or more")][0] == 1
    assert at_end[("duration", "more than 6 months to less than 1 year")][0] == 2  # B (10 months), C (7 months)
    assert cin("cin_cpp_31mar_rate", population=4000, child_protection_plans=plans)[("total", "all")] == (4, 4000, pytest.approx(10.0))
    # Started in the year: A, B, C(2) = 3; second or subsequent: B, C(2) = 2
    assert cin("cin_cpp_subsequent", child_protection_plans=plans)[("total", "all")] == (2, 3, pytest.approx(200 / 3))
    # Ended in the year: C(1), D, F; 2+ years as DfE counts (more than 729 days including the day the plan
    # ended): C(1) (883 days), D (730) = 2 of 3; F (729) is not
    assert cin("cin_cpp_ended_2_years", child_protection_plans=plans)[("total", "all")] == (2, 3, pytest.approx(200 / 3))


def test_child_protection_reviews_on_time():
    plans = [plan(c, "2025-06-01") for c in "ABCEFG"] + [plan("D", "2026-01-15")]
    reviews = [
        # A: 1 Sept (within 3 months of 1 June), then 1 Feb 2026 (within 6 months): on time, next due 1 Aug 2026
        {"LAchildID": "A", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-01"},
        {"LAchildID": "A", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2026-02-01"},
        # B: first review 2 September: one day late (due by 1 September)
        {"LAchildID": "B", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-02"},
        # C: 1 Sept, then nothing: the next was due by 1 March 2026: overdue at 31 March
        {"LAchildID": "C", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-01"},
        # E: 15 August then 10 February (within 6 months): on time
        {"LAchildID": "E", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-08-15"},
        {"LAchildID": "E", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2026-02-10"},
        # F: 1 September, then 1 March 2026, exactly 6 months after: on time (the interval is "not more than six
        # months"), next due 1 September 2026
        {"LAchildID": "F", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-01"},
        {"LAchildID": "F", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2026-03-01"},
        # G: 1 September, then 2 March 2026: one day more than 6 months: late
        {"LAchildID": "G", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2025-09-01"},
        {"LAchildID": "G", "CINdetailsID": "1", "CPPID": "1", "CPPreviewDate": "2026-03-02"},
    ]
    # Cohort: plans of 3 months or more at 31 March: A, B, C, E, F, G (D began 15 January) = 6;
    # on time: A, E, F = 3
    values = cin("cin_cpp_reviews_on_time", child_protection_plans=plans, cpp_reviews=reviews)
    assert values[("total", "all")] == (3, 6, pytest.approx(50.0))


def test_children_in_need_at_31_march():
    # Open at 31 March: A, C, D(2) (B2 closed on 31 March; E closed in July) = 3
    assert cin("cin_31mar", cin_details=DETAILS)[("total", "all")] == (3, None, 3)
    assert cin("cin_31mar_rate", population=3000, cin_details=DETAILS)[("total", "all")] == (3, 3000, pytest.approx(10.0))
