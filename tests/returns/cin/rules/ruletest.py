"""Run one CIN census rule on small tables written as text cells (dates YYYY-MM-DD, flags true/false/1/0).

    found = run_rule("8500", child_identifiers=[{"LAchildID": "A"}, {"LAchildID": None}])
    assert found == {("ChildIdentifiers", 2)}   # (table, row number in the fixture, counting from 1)

Tables by SQL name: header, child_identifiers, child_characteristics, disabilities, cin_details, assessments,
assessment_factors, cin_plan_dates, section47, child_protection_plans, cpp_reviews, pre_proceedings (2026-27).
Give CINdetailsID / AssessmentID / CPPID yourself where a rule joins on them."""

from tests.support import rules


def run_rule(
    code: str,
    year: str = "2025-26",
    la_code: str | None = "839",
    with_children: bool = False,
    **tables: list[dict[str, str | None]],
) -> set[tuple]:
    return rules.run_rule("cin", code, year, None, None, la_code, with_children, tables)
