"""Missing and away, care leavers, adoption, OC2 outcomes, social workers and PACE, worked by hand
(collection year 2025-26: 1 April 2025 to 31 March 2026)."""

import pytest

from .measuretest import measure


def ep(child, decom, dec=None, rne="P", ls="C2", place="U4", rec="X1"):
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "RNE": rne, "LS": ls, "PLACE": place, "REC": rec if dec else None}


def test_missing_and_away():
    episodes = [
        ep("A", "01/01/2025", rne="S"),
        ep("B", "01/06/2025", "01/12/2025", rne="S", rec="E4A"),
        ep("C", "01/01/2024", "31/03/2025", rne="S", rec="E4A"),  # left before the year: not looked after in it
        ep("D", "01/06/2025", rne="S", ls="V3"),  # short breaks only: not counted
        ep("E", "01/06/2025", rne="S"),
        ep("F", "01/01/2025", rne="S"),
        ep("G", "01/01/2025", rne="S"),
    ]
    missing = [
        {"CHILD": "A", "MISSING": "M", "MIS_START": "10/04/2025", "MIS_END": "11/04/2025"},
        {"CHILD": "A", "MISSING": "M", "MIS_START": "31/03/2026", "MIS_END": None},  # last day of the year: counts
        {"CHILD": "A", "MISSING": "A", "MIS_START": "01/05/2025", "MIS_END": "01/05/2025"},
        {"CHILD": "A", "MISSING": "M", "MIS_START": "31/03/2025", "MIS_END": "02/04/2025"},  # started last year
        {"CHILD": "B", "MISSING": "A", "MIS_START": "01/07/2025", "MIS_END": "02/07/2025"},
        {"CHILD": "C", "MISSING": "M", "MIS_START": "01/07/2025", "MIS_END": "02/07/2025"},  # not in care
        {"CHILD": "D", "MISSING": "M", "MIS_START": "01/07/2025", "MIS_END": "02/07/2025"},  # short breaks
        # F: missing since 28 March 2025, still missing on 1 April: a child missing in the year (DfE LAIT 161),
        # though not an incident of this year
        {"CHILD": "F", "MISSING": "M", "MIS_START": "28/03/2025", "MIS_END": "03/04/2025"},
        # G: missing 28 to 31 March 2025, back before 1 April: not in this year
        {"CHILD": "G", "MISSING": "M", "MIS_START": "28/03/2025", "MIS_END": "31/03/2025"},
    ]
    # Looked after in the year: A, B, E, F, G = 5. Went missing or away: A, B, F = 3 (60%); missing: A, F;
    # away: A, B.
    children = measure("missing_children", episodes=episodes, missing=missing)
    assert children[("total", "all")] == (3, 5, pytest.approx(60.0))
    assert children[("type", "missing")][:2] == (2, 5) and children[("type", "away")][:2] == (2, 5)
    # Incidents: A M, A M (31 March), A A, B A = 4; missing 2, away 2
    incidents = measure("missing_incidents", episodes=episodes, missing=missing)
    assert incidents[("total", "all")][0] == 4
    assert incidents[("type", "missing")][0] == 2 and incidents[("type", "away")][0] == 2
    # Per child: 4 / 2 = 2.0; missing 2 / 1 = 2.0; away 2 / 2 = 1.0
    per_child = measure("missing_incidents_per_child", episodes=episodes, missing=missing)
    assert per_child[("total", "all")] == (4, 2, pytest.approx(2.0))
    assert per_child[("type", "away")] == (2, 2, pytest.approx(1.0))


OC3 = [  # ages on 31 March 2026 (their birthday in the year)
    {"CHILD": "A", "DOB": "15/05/2008", "IN_TOUCH": "YES", "ACTIV": "F2", "ACCOM": "U1"},  # 17
    {"CHILD": "B", "DOB": "31/03/2008", "IN_TOUCH": "YES", "ACTIV": "G5", "ACCOM": "D2"},  # 18 on 31 March
    {"CHILD": "C", "DOB": "01/04/2007", "IN_TOUCH": "NO", "ACTIV": "0", "ACCOM": "0"},  # 18 (19 on 1 April)
    {"CHILD": "D", "DOB": "01/10/2005", "IN_TOUCH": "YES", "ACTIV": "P5", "ACCOM": "Z1"},  # 20
    {"CHILD": "E", "DOB": "01/10/2004", "IN_TOUCH": "DIED", "ACTIV": None, "ACCOM": None},  # 21, died: excluded
    {"CHILD": "F", "DOB": "01/10/2006", "IN_TOUCH": "RHOM", "ACTIV": "F1", "ACCOM": "B1"},  # 19, home 6 months: excluded
    {"CHILD": "G", "DOB": "01/10/2006", "IN_TOUCH": "REFU", "ACTIV": "0", "ACCOM": "0"},  # 19
]


def test_care_leavers():
    # Counted: A, B, C (17 to 18), D, G (19 to 21) = 5.
    in_touch = measure("care_leavers_in_touch", oc3=OC3)  # YES: A, B, D
    assert in_touch[("total", "all")] == (3, 5, pytest.approx(60.0))
    assert in_touch[("age_group", "17 to 18 years")][:2] == (2, 3)
    assert in_touch[("age_group", "19 to 21 years")][:2] == (1, 2)
    suitable = measure("care_leavers_suitable_accommodation", oc3=OC3)  # ending 1: A (U1), D (Z1)
    assert suitable[("total", "all")] == (2, 5, pytest.approx(40.0))
    eet = measure("care_leavers_eet", oc3=OC3)  # A (F2), D (P5)
    assert eet[("total", "all")] == (2, 5, pytest.approx(40.0))


def test_suitability_leaves_out_leavers_abroad_deported_or_whose_residence_is_not_known():
    # DfE LAIT 112: suitability is not usually known for them. Refusing contact stays in (counted, not suitable).
    oc3 = OC3 + [
        {"CHILD": "H", "DOB": "01/10/2005", "IN_TOUCH": "YES", "ACTIV": "F5", "ACCOM": "G0"},  # 20, abroad
        {"CHILD": "I", "DOB": "01/10/2005", "IN_TOUCH": "YES", "ACTIV": "G5", "ACCOM": "H0"},  # 20, deported
        {"CHILD": "J", "DOB": "01/10/2005", "IN_TOUCH": "NO", "ACTIV": "0", "ACCOM": "R0"},  # 20, residence not known
        {"CHILD": "K", "DOB": "01/10/2005", "IN_TOUCH": "YES", "ACTIV": "F5", "ACCOM": "K1"},  # 20, ordinary lodgings, suitable
    ]
    # As test_care_leavers (A, B, C, D, G; suitable A, D) plus K: 3 of 6; H, I, J left out
    suitable = measure("care_leavers_suitable_accommodation", oc3=oc3)
    assert suitable[("total", "all")] == (3, 6, pytest.approx(50.0))
    assert suitable[("age_group", "19 to 21 years")][:2] == (2, 3)  # D, K of D, G, K
    # The exclusion is for suitability only: H, I and J still count in the in-touch figure (A, B, D, H, I, K)
    assert measure("care_leavers_in_touch", oc3=oc3)[("total", "all")][:2] == (6, 9)


def test_adoption_timeliness():
    episodes = [
        # A: care from 1 Jan 2024; placement order (E1) 1 Mar 2025; placed for adoption with new carers (A6)
        # 1 June 2025; adopted 1 Dec 2025. A1 = 1 Jan 2024 -> 1 Jun 2025 = 517 days; A10 the same (new carers).
        ep("A", "01/01/2024", "01/03/2025", rne="S", ls="C2"),
        ep("A", "01/03/2025", "01/06/2025", rne="L", ls="E1"),
        ep("A", "01/06/2025", "01/12/2025", rne="P", ls="E1", place="A6", rec="E11"),
        # B: care from 1 Jan 2024 with foster carers (U4) who adopt: placement order 1 Jan 2025, placed for
        # adoption with them (A5, same carer: T) 1 Sept 2025, adopted 1 Feb 2026. A1 = 1 Jan 2024 -> 1 Sept 2025
        # = 609 days; A10 counts to the start of the fostering placement, 1 Jan 2024 = 0 days.
        ep("B", "01/01/2024", "01/01/2025", rne="S", ls="C2"),
        ep("B", "01/01/2025", "01/09/2025", rne="L", ls="E1"),
        ep("B", "01/09/2025", "01/02/2026", rne="T", ls="E1", place="A5", rec="E12"),
        # C: left care by SGO: not adopted
        ep("C", "01/01/2025", "01/10/2025", rne="S", rec="E45"),
    ]
    ad1 = [
        {"CHILD": "A", "DATE_INT": "01/02/2025", "DATE_MATCH": "01/05/2025"},  # 61 days after the order (1 Mar)
        {"CHILD": "B", "DATE_INT": "01/10/2024", "DATE_MATCH": "01/12/2024"},  # matched before the order: 0
    ]
    last = {"episodes": [e for e in episodes if e["DEC"] and e["DEC"][-4:] <= "2025"]}
    assert measure("adoption_a1", episodes=episodes, last=last)[("total", "all")] == (517 + 609, 2, pytest.approx(563.0))
    assert measure("adoption_a10", episodes=episodes, last=last)[("total", "all")] == (517, 2, pytest.approx(258.5))
    assert measure("adoption_a2", episodes=episodes, ad1=ad1, last=last)[("total", "all")] == (61, 2, pytest.approx(30.5))
    # Ceased in the year: A (adopted), B (adopted), C (SGO) = 3
    assert measure("ceased_adopted", episodes=episodes)[("total", "all")] == (2, 3, pytest.approx(200 / 3))
    assert measure("ceased_sgo", episodes=episodes)[("total", "all")] == (1, 3, pytest.approx(100 / 3))


def test_oc2_outcomes_for_children_looked_after_12_months():
    episodes = [
        ep("A", "01/01/2024", rne="S"),  # in care all year: in the cohort
        ep("B", "01/01/2024", "01/06/2025", rne="S"), ep("B", "01/06/2025", rne="P"),  # placement move: still continuous
        ep("C", "02/04/2025", rne="S"),  # started in the year: not 12 months
        ep("D", "01/01/2024", "01/02/2026", rne="S", rec="E4A"),  # left before 31 March: not in the cohort
        ep("E", "01/01/2024", rne="S"),  # in the cohort, no OC2 record: counts in the denominator only
    ]
    oc2 = [
        {"CHILD": "A", "DOB": "01/01/2015", "HEALTH_ASSESSMENT": "1", "TEETH_CHECK": "1", "IMMUNISATIONS": "0", "SDQ_SCORE": "12"},
        {"CHILD": "B", "DOB": "01/01/2012", "HEALTH_ASSESSMENT": "1", "TEETH_CHECK": "0", "IMMUNISATIONS": "1", "SDQ_SCORE": "18"},
        {"CHILD": "C", "DOB": "01/01/2012", "HEALTH_ASSESSMENT": "1", "TEETH_CHECK": "1", "IMMUNISATIONS": "1", "SDQ_SCORE": "30"},
    ]
    # Cohort: A, B, E = 3
    assert measure("oc2_health_assessment", episodes=episodes, oc2=oc2)[("total", "all")] == (2, 3, pytest.approx(200 / 3))
    assert measure("oc2_dental", episodes=episodes, oc2=oc2)[("total", "all")] == (1, 3, pytest.approx(100 / 3))
    assert measure("oc2_immunisations", episodes=episodes, oc2=oc2)[("total", "all")] == (1, 3, pytest.approx(100 / 3))
    # SDQ: A (11 years old, 12: normal) and B (14, 18: cause for concern); C is not in the cohort. (12 + 18) / 2
    sdq = measure("oc2_sdq_average", episodes=episodes, oc2=oc2)
    assert sdq[("total", "all")] == (30, 2, pytest.approx(15.0))
    assert sdq[("band", "normal")][0] == 1 and sdq[("band", "cause for concern")][0] == 1


def test_social_worker_changes_and_pace():
    episodes = [ep("A", "01/01/2024", rne="S"), ep("B", "01/01/2024", rne="S"), ep("C", "01/01/2024", rne="S"),
                ep("D", "01/06/2025", "02/06/2025", rne="S", ls="J2", rec="E8"),
                ep("D", "01/09/2025", "03/09/2025", rne="S", ls="J2", rec="E8")]
    sw = [
        {"CHILD": "A", "SW_ID": "w1", "SW_DECOM": "01/01/2024", "SW_DEC": "01/03/2025"},  # ended before the year
        {"CHILD": "A", "SW_ID": "w2", "SW_DECOM": "01/03/2025", "SW_DEC": "01/06/2025"},
        {"CHILD": "A", "SW_ID": "w3", "SW_DECOM": "01/06/2025", "SW_DEC": "01/09/2025"},
        {"CHILD": "A", "SW_ID": "w4", "SW_DECOM": "01/09/2025", "SW_DEC": None},  # A: w2, w3, w4 = 3
        {"CHILD": "B", "SW_ID": "w1", "SW_DECOM": "01/01/2024", "SW_DEC": "01/06/2025"},
        {"CHILD": "B", "SW_ID": "w5", "SW_DECOM": "01/06/2025", "SW_DEC": "01/08/2025"},
        {"CHILD": "B", "SW_ID": "w1", "SW_DECOM": "01/08/2025", "SW_DEC": None},  # B: w1 again = 2 workers
    ]
    # Looked after at 31 March: A, B, C (D left). 3+ workers: A -> 1 of 3; C has none recorded.
    values = measure("sw_3plus_changes", episodes=episodes, sw_episodes=sw)
    assert values[("total", "all")] == (1, 3, pytest.approx(100 / 3))
    assert values[("social_workers", "2")][0] == 1 and values[("social_workers", "none recorded")][0] == 1
    # PACE: D had two J2 episodes in the year: 1 child, 2 episodes
    pace = measure("pace_accommodated", episodes=episodes)
    assert pace[("total", "all")][0] == 1 and pace[("episodes", "all")][0] == 2
