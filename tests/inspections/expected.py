"""What each of the eight sample reports in /work/shared/data/ofsted-reports/ says, typed in by reading the PDFs
(page 1 for council, dates, lead inspector and judgements; the "What needs to improve" / "Recommendations" /
"What does the local authority need to improve?" pages for the findings; the last pages of the SIF reports for
the lead inspector). The benchmark scores the reader against the same values.

Findings are given in full for the ILACS reports; for the two SIF reports, whose recommendations run long,
each finding's opening words are given and its full text is checked to start with them.
"""

from pathlib import Path

REPORTS = Path("/work/shared/data/ofsted-reports")

G, OUT, RI, INAD = "good", "outstanding", "requires_improvement", "inadequate"
IA, PA = "improvement_area", "priority_action"

EXPECTED: dict[str, dict] = {
    "barnsley-2018-11-19.pdf": {
        "council_code": "370", "council_name": "Barnsley", "kind": "ilacs_standard",
        "start_date": "2018-10-08", "end_date": "2018-10-19", "published": None, "lead_inspector": "Jan Edwards",
        "judgements": {"impact_of_leaders": G, "help_and_protection": G, "in_care_and_care_leavers": G,
                       "overall_effectiveness": G},
        "findings": [
            (IA, ("Risk assessment and the understanding of the wider risks to which young people are exposed in the "
                 "community, including the timeliness and quality of return home interviews when children are "
                 "reported missing from home and care.")),
            (IA, ("Regular review of the use of private fostering arrangements to ensure that they remain appropriate "
                 "to meet children’s needs.")),
            (IA, "The numbers of care leavers aged 19–21 in education, employment and training."),
            (IA, ("The rigour of audit and dip sampling activity and how data informs an understanding of the quality "
                 "of practice and timeliness performance for initial child protection case conferences.")),
        ],
    },
    "barnsley-2023-10-27.pdf": {
        "council_code": "370", "council_name": "Barnsley", "kind": "ilacs_short",
        "start_date": "2023-09-11", "end_date": "2023-09-15", "published": None, "lead_inspector": "Anna Gravelle",
        "judgements": {"impact_of_leaders": G, "help_and_protection": RI, "in_care": G, "care_leavers": G,
                       "overall_effectiveness": G},
        "findings": [
            (IA, ("The engagement of multi-agency partners, including in key decision-making meetings for children in "
                 "need of help and protection, and the quality of referrals they make to children’s social care.")),
            (IA, ("The quality of recorded management direction to social workers at the point of referral and within "
                 "screening.")),
            (IA, "The identification and response to children who live in private fostering arrangements."),
            (IA, "The record of achievements and targets within personal education plans."),
        ],
    },
    "bournemouth-christchurch-poole-2022-02-11.pdf": {
        "council_code": "839", "council_name": "Bournemouth, Christchurch and Poole", "kind": "ilacs_standard",
        "start_date": "2021-12-06", "end_date": "2021-12-17", "published": None, "lead_inspector": "Steve Lowe",
        "judgements": {"impact_of_leaders": INAD, "help_and_protection": INAD, "in_care_and_care_leavers": RI,
                       "overall_effectiveness": INAD},
        "findings": [
            (IA, ("The recruitment and retention of a workforce that is experienced, competent and confident to "
                 "deliver improvements, so that children no longer have multiple changes of social worker or "
                 "personal adviser.")),
            (IA, ("The quality of practice, in particular, assessment, planning and the use and completion of "
                 "chronologies, the response to domestic violence, emotional support to children in care and the "
                 "recording of children’s views.")),
            (IA, ("The timeliness of social work intervention and support when unborn and very young children are at "
                 "risk of significant harm.")),
            (IA, "The standard of care provided to young people living in houses of multiple occupation."),
            (IA, ("The impact of quality assurance and management oversight on the standard of social work practice "
                 "and progressing work effectively to avoid delay for children.")),
            (IA, "The overview of children’s attainment and progress by the virtual school."),
            (IA, "Care leavers’ access to their health records."),
        ],
    },
    "bournemouth-christchurch-poole-2025-01-29.pdf": {
        "council_code": "839", "council_name": "Bournemouth, Christchurch and Poole", "kind": "ilacs_standard",
        "start_date": "2024-12-02", "end_date": "2024-12-13", "published": None, "lead_inspector": "John Roughton",
        "judgements": {"impact_of_leaders": G, "help_and_protection": G, "in_care": G, "care_leavers": RI,
                       "overall_effectiveness": G},
        "findings": [
            (IA, "Consistency in responding to the needs of children at risk of exploitation."),
            (IA, "The help and support offered to older care leavers."),
            (IA, "Safety planning for children and families where there are safeguarding concerns."),
        ],
    },
    "dorset-2021-11-19.pdf": {
        "council_code": "838", "council_name": "Dorset", "kind": "ilacs_standard",
        "start_date": "2021-09-27", "end_date": "2021-10-08", "published": None, "lead_inspector": "Steve Lowe",
        "judgements": {"impact_of_leaders": OUT, "help_and_protection": G, "in_care_and_care_leavers": G,
                       "overall_effectiveness": G},
        "findings": [
            (IA, ("Oversight of arrangements when care leavers move in and out of emergency or temporary "
                 "accommodation.")),
        ],
    },
    "norfolk-2018-01-19.pdf": {
        # A re-inspection under the single inspection framework (November 2017), published January 2018.
        "council_code": "926", "council_name": "Norfolk Council", "kind": "sif",
        "start_date": "2017-11-13", "end_date": "2017-11-24", "published": "2018-01-19", "lead_inspector": "Donna Marriott",
        "judgements": {"overall_effectiveness": RI, "help_and_protection": RI, "looked_after_and_permanence": RI,
                       "adoption_performance": OUT, "care_leavers": RI, "leadership_management_governance": RI},
        "findings": [
            (IA, "Ensure that children are able to establish and maintain meaningful relationships"),
            (IA, "Ensure sufficient capacity and effective systems in the MASH"),
            (IA, "Ensure that the right agencies are involved in strategy discussions"),
            (IA, ("Strengthen the response to children who go missing and/or are at risk of sexual exploitation by "
                 "ensuring that: governance arrangements are clear and understood by all; actions from multi-agency "
                 "sexual exploitation (MASE) meetings are recorded on children’s files; return home interviews are "
                 "consistently well recorded and that the intelligence from them informs risk management for "
                 "children.")),
            (IA, "Progress work with health partners to ensure the timely assessment of children’s health needs"),
            (IA, "Ensure that the sufficiency action plan is specific, measureable"),
            (IA, "Implement a system for ensuring that the authorisation of private fostering arrangements"),
        ],
    },
    "norfolk-2023-01-13.pdf": {
        # Inspected November 2022, before the separate care leavers judgement (January 2023).
        "council_code": "926", "council_name": "Norfolk", "kind": "ilacs_standard",
        "start_date": "2022-11-07", "end_date": "2022-11-18", "published": None, "lead_inspector": "Margaret Burke",
        "judgements": {"impact_of_leaders": G, "help_and_protection": G, "in_care_and_care_leavers": G,
                       "overall_effectiveness": G},
        "findings": [
            (IA, "The practice response to children aged 16 and 17 who present as homeless."),
            (IA, ("The recognition of and response to children who are experiencing neglect over a prolonged period "
                 "of time.")),
            (IA, ("Decision-making, practice and support to children placed within their family and friends networks, "
                 "which also ensures that carers are well supported and regulation requirements are consistently "
                 "met.")),
        ],
    },
    "somerset-2015-03-27.pdf": {
        # SIF inspection with a review of the LSCB: the board's own judgement and findings are not the council's.
        "council_code": "933", "council_name": "Somerset County Council", "kind": "sif",
        "start_date": "2015-01-20", "end_date": "2015-02-11", "published": "2015-03-27", "lead_inspector": "Helen Cawston",
        "judgements": {"overall_effectiveness": INAD, "help_and_protection": INAD, "looked_after_and_permanence": INAD,
                       "adoption_performance": RI, "care_leavers": INAD, "leadership_management_governance": INAD},
        "findings": [
            (PA, "Provide stability, quality and experience in the senior leadership team"),
            (PA, "Provide sufficient capacity across the workforce"),
            (PA, "Strengthen management oversight of social work practice"),
            (PA, "Ensure that all partner agencies fulfil their statutory duties"),
            (PA, "Strengthen the partnership’s approach to children missing from home, care or education"),
            (PA, "Ensure that police safe and well checks and return home interviews"),
            (PA, "Progress the early help strategy more swiftly"),
            (PA, "Provide a sufficient range of placement choices"),
            (PA, "Ensure that the Independent Reviewing Officer (IRO) service has a better oversight"),
            (IA, "Ensure that there is sufficient capacity within the Local Authority Designated Officer (LADO)"),
            (IA, "Ensure that the needs of all the children in a family are considered and assessed separately."),
            (IA, "Prior to cases being closed, ensure that risk is addressed"),
            (IA, "Ensure that records of all planning meetings in relation to child protection concerns"),
            (IA, "Raise awareness across the partnership of private fostering arrangements"),
            (IA, "Ensure that social workers have the necessary experience"),
            (IA, "Ensure sufficient medical adviser capacity is available"),
            (IA, ("Consider how the findings from the LSCB and Safeguarding Adult Board (SAB) Learning Review may be "
                 "used to improve services for care leavers in Somerset.")),
            (IA, "Work with all housing providers to improve and increase the range and geographical spread"),
            (IA, "Ensure that all care leavers have a pathway plan with specific actions and timescales"),
            (IA, "Provide health history and information for all care leavers."),
            (IA, "Drive forward initiatives in education, employment and training"),
        ],
    },
}

FIELDS = ("council_code", "council_name", "kind", "start_date", "end_date", "published", "lead_inspector")


def finding_matches(expected: tuple[str, str], found: dict) -> bool:
    """A finding matches when its kind is right and its text is the expected text, or starts with the expected
    opening words (SIF findings above are given by their openings)."""
    kind, text = expected
    return found["kind"] == kind and (found["text"] == text or (not text.endswith(".") and found["text"].startswith(text)))
