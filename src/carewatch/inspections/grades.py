"""The judgement vocabulary of Ofsted's inspections of local authority children's services: one place for the
grades and the judgement areas, used by the report reader and the national record alike.

Sources: ILACS framework (Ofsted, "Inspecting local authority children's services", 2018, updated 2024):
four-point scale outstanding / good / requires improvement to be good / inadequate; five judgement areas, the
care leavers judgement separate from 1 January 2023 (consultation outcome, Ofsted 2022); overall effectiveness
removed from April 2026 (Ofsted announcement, 27 November 2025). Single inspection framework (SIF, Nov 2013 to
2017): the same four grades, SIF sub-judgements "Children who need help and protection", "Children looked
after and achieving permanence" (with "Adoption performance" and "Experiences and progress of care leavers")
and "Leadership, management and governance".
"""

import re
from datetime import date

GRADES = ("outstanding", "good", "requires_improvement", "inadequate")

# ILACS judgement areas, as the issue spells them.
OVERALL = "overall_effectiveness"
LEADERS = "impact_of_leaders"
HELP = "help_and_protection"
IN_CARE = "in_care"
CARE_LEAVERS = "care_leavers"
IN_CARE_AND_CARE_LEAVERS = "in_care_and_care_leavers"  # the combined judgement, before January 2023

# SIF judgement areas (pre-2018 reports). help_and_protection, care_leavers and overall_effectiveness keep
# the ILACS names: the SIF wording of those judgements is the same question.
SIF_LOOKED_AFTER = "looked_after_and_permanence"
SIF_ADOPTION = "adoption_performance"
SIF_LEADERSHIP = "leadership_management_governance"

ILACS_AREAS = (OVERALL, LEADERS, HELP, IN_CARE, CARE_LEAVERS, IN_CARE_AND_CARE_LEAVERS)
SIF_AREAS = (OVERALL, HELP, SIF_LOOKED_AFTER, SIF_ADOPTION, CARE_LEAVERS, SIF_LEADERSHIP)

CARE_LEAVERS_SEPARATE_FROM = date(2023, 1, 1)  # ILACS care leavers judgement introduced
OVERALL_REMOVED_FROM = date(2026, 4, 1)  # ILACS overall effectiveness judgement removed

# The grade as Ofsted writes it. "Requires improvement to be good" is the full wording; SIF sub-judgements and
# some tables write "Requires improvement", and a sentence about plural services "require improvement".
# Longest first so the full wording wins.
GRADE_PATTERN = r"requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate"


def grade_of(text: str) -> str | None:
    """The canonical grade for Ofsted's wording of it, or None when the text is not one of the four grades."""
    words = re.sub(r"\s+", " ", text).strip().lower()
    if re.fullmatch(r"requires? improvement( to be good)?", words):  # "services require improvement" in SIF prose
        return "requires_improvement"
    return words if words in ("outstanding", "good", "inadequate") else None


def ilacs_areas_expected(start: date | None) -> tuple[str, ...]:
    """The ILACS judgements a standard or short inspection starting on `start` must carry (domain rules 1-2)."""
    if start is None:
        return (LEADERS, HELP)
    areas: tuple[str, ...] = (LEADERS, HELP)
    areas += (IN_CARE, CARE_LEAVERS) if start >= CARE_LEAVERS_SEPARATE_FROM else (IN_CARE_AND_CARE_LEAVERS,)
    if start < OVERALL_REMOVED_FROM:
        areas = (OVERALL, *areas)
    return areas
