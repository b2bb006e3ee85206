"""Working days, inspection windows, action-plan deadlines, RAG and judgement rules (domain.md rules 1-4)."""

from datetime import date

import pytest

from carewatch.reference.working_days import WorkingDays, known_until
from carewatch.web import ilacs

WD = WorkingDays()


def test_working_days_skip_weekends_and_english_bank_holidays():
    assert WD.add(date(2025, 12, 19), 5) == date(2025, 12, 30)  # Christmas Day and Boxing Day skipped
    assert WD.add(date(2026, 4, 2), 1) == date(2026, 4, 7)  # Good Friday and Easter Monday 2026
    assert WD.add(date(2026, 5, 1), 1) == date(2026, 5, 5)  # early May bank holiday, Monday 4 May 2026
    assert WD.between(date(2025, 12, 19), date(2025, 12, 30)) == 5
    assert WD.between(date(2025, 12, 30), date(2025, 12, 19)) == -5
    assert WD.add(date(2025, 12, 30), -5) == date(2025, 12, 19)
    assert known_until() >= date(2028, 12, 31)


def test_a_council_closure_day_is_not_a_working_day():
    closed = WorkingDays([date(2025, 12, 29)])
    assert closed.add(date(2025, 12, 19), 5) == date(2025, 12, 31)


def test_final_plan_70_and_draft_20_working_days():
    letter = date(2025, 11, 10)
    deadlines = ilacs.plan_deadlines("focused_visit", letter, True, WD)
    assert [d.what for d in deadlines] == ["Draft action plan", "Final action plan"]
    assert deadlines[0].due == WD.add(letter, 20) == date(2025, 12, 8)
    assert WD.between(letter, deadlines[1].due) == 70
    assert ilacs.plan_deadlines("focused_visit", letter, False, WD) == []  # no priority actions, no plan
    [statement] = ilacs.plan_deadlines("standard", date(2025, 7, 10), False, WD)
    assert statement.due == WD.add(date(2025, 7, 10), 70)


@pytest.mark.parametrize(("grade", "kind"), [("outstanding", "short"), ("good", "short"), ("requires_improvement", "standard")])
def test_next_inspection_window_is_the_3_year_anniversary_plus_or_minus_6_months(grade, kind):
    nxt = ilacs.next_inspection(date(2025, 5, 23), grade)
    assert (nxt.kind, nxt.earliest, nxt.latest) == (kind, date(2027, 11, 23), date(2028, 11, 23))


def test_inadequate_brings_monitoring_visits_first():
    nxt = ilacs.next_inspection(date(2021, 12, 17), "inadequate", plan_due=date(2022, 5, 25))
    assert nxt.kind == "monitoring_visit" and nxt.latest == date(2022, 6, 25)
    assert ilacs.next_inspection(date(2021, 12, 17), None) is None


def test_headline_grade_without_an_overall_judgement_from_april_2026():
    grades = {"overall_effectiveness": "", "impact_of_leaders": "good", "help_and_protection": "requires_improvement",
              "in_care": "good", "care_leavers": "outstanding"}
    assert ilacs.headline_grade(grades, date(2026, 5, 1)) == "requires_improvement"
    assert ilacs.headline_grade(grades, date(2025, 5, 1)) is None
    assert ilacs.headline_grade({**grades, "overall_effectiveness": "good"}, date(2025, 5, 1)) == "good"


def test_judgement_rules():
    assert ilacs.judgement_problems("standard", date(2026, 4, 27), {"overall_effectiveness": "good"}) == {
        "overall_effectiveness": "Ofsted gives no overall effectiveness judgement for inspections from 1 April 2026; leave this blank"}
    assert "care_leavers" in ilacs.judgement_problems("standard", date(2022, 12, 5), {"care_leavers": "good"})
    assert not ilacs.judgement_problems("standard", date(2023, 1, 9), {"care_leavers": "good", "overall_effectiveness": "good"})
    assert "in_care" in ilacs.judgement_problems("standard", date(2024, 1, 8), {"in_care": "excellent"})
    assert "in_care" in ilacs.judgement_problems("focused_visit", date(2024, 1, 8), {"in_care": "good"})


def test_rag_red_when_overdue_amber_within_10_working_days():
    today = date(2026, 11, 23)  # a Monday
    assert ilacs.rag(date(2026, 11, 20), False, today, WD) == "red"
    assert ilacs.rag(today, False, today, WD) == "amber"
    assert ilacs.rag(WD.add(today, 10), False, today, WD) == "amber"
    assert ilacs.rag(WD.add(today, 11), False, today, WD) == "green"
    assert ilacs.rag(date(2026, 11, 20), True, today, WD) == "done"


def test_relative_wording():
    today = date(2026, 11, 23)
    assert ilacs.relative(today, today, WD) == "due today"
    assert ilacs.relative(date(2026, 11, 24), today, WD) == "in 1 working day"
    assert ilacs.relative(date(2026, 11, 30), today, WD) == "in 5 working days"
    assert ilacs.relative(date(2026, 11, 18), today, WD) == "overdue by 3 working days"


def test_deadline_status_says_whether_the_plan_was_on_time():
    due = date(2025, 10, 17)
    assert ilacs.deadline_status(due, date(2025, 10, 8), date(2026, 11, 23), WD) == "submitted 8 October 2025, on time"
    assert ilacs.deadline_status(due, date(2025, 10, 22), date(2026, 11, 23), WD) == "submitted 22 October 2025, 3 working days late"
    assert ilacs.deadline_status(due, None, date(2025, 10, 16), WD) == "in 1 working day"
