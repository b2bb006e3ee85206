"""Placement stability and placement location, worked by hand (collection year 2025-26: 1 April 2025 to
31 March 2026)."""

import pytest

from .measuretest import measure


def ep(child, decom, dec=None, rne="P", ls="C2", place="U4", rec="X1", home=None, pl=None):
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "RNE": rne, "LS": ls, "PLACE": place,
            "REC": rec if dec else None, "HOME_POST": home, "PL_POST": pl}


def test_three_or_more_placements_in_the_year():
    episodes = [
        # A: placement open on 1 April (1), P (2), L legal change only (not a placement), T same carer new placement (3)
        ep("A", "01/01/2025", "01/06/2025", rne="S"), ep("A", "01/06/2025", "01/08/2025"),
        ep("A", "01/08/2025", "01/10/2025", rne="L"), ep("A", "01/10/2025", rne="T"),
        # B: three placements but left care on 1 March 2026: not looked after at 31 March, so in neither count
        ep("B", "01/05/2025", "01/07/2025", rne="S"), ep("B", "01/07/2025", "01/01/2026"),
        ep("B", "01/01/2026", "01/03/2026", rec="E4A"),
        # C: 2 placements (open since 2020, then P)
        ep("C", "01/01/2020", "01/12/2025", rne="S"), ep("C", "01/12/2025"),
        # D: on short breaks at 31 March: excluded
        ep("D", "01/01/2026", ls="V3", rne="S"),
        # E: S, P, B, U in the year: 4 placements
        ep("E", "01/04/2025", "01/05/2025", rne="S"), ep("E", "01/05/2025", "01/09/2025"),
        ep("E", "01/09/2025", "01/02/2026", rne="B"), ep("E", "01/02/2026", rne="U"),
        # F: the episode open before the year ends ON 1 April, when the next placement starts: placements are
        # the one starting 1 April and the one starting 1 November = 2 (not 3)
        ep("F", "01/03/2025", "01/04/2025", rne="S"), ep("F", "01/04/2025", "01/11/2025"), ep("F", "01/11/2025"),
    ]
    # Looked after at 31 March: A, C, E, F = 4; with 3+ placements: A, E = 2 -> 50%
    assert measure("cla_3plus_placements", episodes=episodes)[("total", "all")] == (2, 4, pytest.approx(50.0))


def test_three_or_more_placements_follows_the_dfe_exclusions():
    # DfE LAIT 372: placements of 24 hours or more; placed for adoption with the existing foster carer is not a
    # placement change.
    episodes = [
        # M: open on 1 April (1), P on 1 June (2), P on 1 July (3): fires
        ep("M", "01/01/2025", "01/06/2025", rne="S"), ep("M", "01/06/2025", "01/07/2025"), ep("M", "01/07/2025"),
        # N: as M, but the 1 June placement ended the same day (under 24 hours): 2 placements, does not fire
        ep("N", "01/01/2025", "01/06/2025", rne="S"), ep("N", "01/06/2025", "01/06/2025"), ep("N", "01/06/2025"),
        # N2: as N, but the episode of 1 June closed the same day by a change of legal status only (L): the
        # placement goes on, so counted: fires
        ep("N2", "01/01/2025", "01/06/2025", rne="S"), ep("N2", "01/06/2025", "01/06/2025"),
        ep("N2", "01/06/2025", "01/07/2025", rne="L", ls="C1"), ep("N2", "01/07/2025"),
        # O: as M, but the 1 June placement ended the next day: it may have lasted 24 hours, so counted: fires
        ep("O", "01/01/2025", "01/06/2025", rne="S"), ep("O", "01/06/2025", "02/06/2025"), ep("O", "02/06/2025"),
        # P: open on 1 April (1), P on 1 June (2), then placed for adoption with that foster carer (A5, U:
        # legal status and placement change, same carer): not a move, 2 placements, does not fire
        ep("P", "01/01/2025", "01/06/2025", rne="S"), ep("P", "01/06/2025", "01/09/2025"),
        ep("P", "01/09/2025", ls="E1", place="A5", rne="U"),
        # Q: as P, but placed for adoption with new carers (A6, B): a move, 3 placements, fires
        ep("Q", "01/01/2025", "01/06/2025", rne="S"), ep("Q", "01/06/2025", "01/09/2025"),
        ep("Q", "01/09/2025", ls="E1", place="A6", rne="B"),
        # R: open on 1 April (1), a temporary placement (T4, 7 days) (2) and back to the usual carer (3):
        # temporary placements are counted (no DfE exclusion found), fires
        ep("R", "01/01/2025", "01/08/2025", rne="S"), ep("R", "01/08/2025", "08/08/2025", place="T4"),
        ep("R", "08/08/2025"),
    ]
    # Looked after at 31 March: all 7; 3+ placements: M, N2, O, Q, R = 5 -> 71.4%
    assert measure("cla_3plus_placements", episodes=episodes)[("total", "all")] == (5, 7, pytest.approx(500 / 7))


HEADER = [{"CHILD": c, "DOB": dob} for c, dob in
          [("G", "01/01/2012"), ("H", "01/01/2012"), ("I", "01/06/2009"), ("J", "01/01/2015"), ("K", "01/01/2015"), ("L", "01/01/2015")]]
# 31 March 2026 less 2.5 years = 30 September 2023; less 2 years = 31 March 2024.
LONG_TERM = [
    ep("G", "01/01/2023", "01/06/2024", rne="S"), ep("G", "01/06/2024", rne="L"),  # same carer since Jan 2023: stable
    ep("H", "01/01/2023", "01/06/2024", rne="S"), ep("H", "01/06/2024"),  # new carer June 2024: not stable
    ep("I", "01/01/2020", rne="S"),  # 16 on 31 March 2026: not in the cohort
    ep("J", "01/10/2023", rne="S"),  # in care 1 October 2023: under 2.5 years, not in the cohort
    # K: with carer from 1 January 2024, then placed for adoption (A6, new carers) 1 June 2025: the adoptive
    # placement and the one before it together started on 1 January 2024 (before 31 March 2024): stable
    ep("K", "01/01/2022", "01/01/2024", rne="S"), ep("K", "01/01/2024", "01/06/2025", place="U5"),
    ep("K", "01/06/2025", ls="E1", place="A6", rne="B"),
    # L: placement type changed with the same carer (T) in 2024: still the same carer since 2023: stable
    ep("L", "01/01/2023", "01/09/2024", rne="S"), ep("L", "01/09/2024", rne="T", place="U1"),
]


def test_long_term_stability_with_two_years_of_returns():
    # This year's return holds only episodes open during 2025-26; last year's adds the earlier ones.
    this_year = [e for e in LONG_TERM if e["DEC"] is None or e["DEC"][-4:] >= "2025"]
    last_year = [e for e in LONG_TERM if e["DEC"] is None or e["DEC"][-4:] >= "2024"]
    values = measure("cla_long_term_stability", episodes=this_year, header=HEADER, last={"episodes": last_year, "header": HEADER})
    # Cohort (under 16, in care since on or before 30 September 2023): G, H, K, L = 4; stable: G, K, L = 3
    assert values[("total", "all")] == (3, 4, pytest.approx(75.0))


def test_long_term_stability_on_one_return_counts_only_what_it_can_see():
    # With this year's return alone, G's, H's and L's periods seem to start in June/September 2024 (their
    # first episode here is not a start of care): they cannot be shown to be 2.5 years in care. K's first
    # episode (January 2024) is also too late. So no child is in the cohort.
    this_year = [e for e in LONG_TERM if e["DEC"] is None or e["DEC"][-4:] >= "2025"]
    assert measure("cla_long_term_stability", episodes=this_year, header=HEADER)[("total", "all")] == (0, 0, None)


POSTCODES = [  # eastings/northings in metres; E06000058 is the council (839), E06000059 is Dorset
    {"pcd": "BH1 1AA", "oseast1m": 410000, "osnrth1m": 90000, "laua": "E06000058"},
    {"pcd": "BH2 2BB", "oseast1m": 410000, "osnrth1m": 110000, "laua": "E06000058"},  # 20,000 m = 12.4 miles from BH1
    {"pcd": "DT1 1AA", "oseast1m": 410000, "osnrth1m": 130000, "laua": "E06000059"},  # 40,000 m = 24.9 miles
    {"pcd": "DT2 2BB", "oseast1m": 410000, "osnrth1m": 120000, "laua": "E06000059"},  # 30,000 m = 18.6 miles
]


def test_location_and_distance_of_new_placements():
    episodes = [
        ep("A", "01/01/2025", "01/06/2025", rne="S", home="BH1 1AA", pl="BH1 1AA"),  # started before the year: not new
        ep("A", "01/06/2025", home="BH1 1AA", pl="DT1 1AA"),  # new: outside, 24.9 miles
        ep("B", "01/05/2025", "01/07/2025", rne="S", home="BH1 1AA", pl="BH2 2BB"),  # new: inside, 12.4 miles
        ep("B", "01/07/2025", rne="L", home="BH1 1AA", pl="BH2 2BB"),  # legal status change only: not a placement
        ep("C", "01/09/2025", rne="S", home="BH1 1AA", pl="DT2 2BB"),  # new: outside, 18.6 miles
        ep("D", "01/10/2025", rne="S", home="BH1 1AA", pl="ZZ9 9ZZ"),  # new: postcode not in the list: not known
        ep("E", "01/10/2025", rne="S", ls="V3", home="BH1 1AA", pl="DT1 1AA"),  # short break: excluded
    ]
    outside = measure("new_placements_outside_area", episodes=episodes, postcodes=POSTCODES)
    # New placements: A(June), B(May), C, D = 4; outside: A, C = 2 -> 50%
    assert outside[("total", "all")] == (2, 4, pytest.approx(50.0))
    assert outside[("location_distance", "Placed outside LA boundary more than 20 miles from home")][0] == 1
    assert outside[("location_distance", "Placed outside LA boundary less than 20 miles from home")][0] == 1
    assert outside[("location_distance", "Placed inside LA boundary less than 20 miles from home")][0] == 1
    assert outside[("location_distance", "Distance not known or not recorded")][0] == 1
    # More than 20 miles: A only -> 1 of 4 = 25%
    assert measure("new_placements_over_20_miles", episodes=episodes, postcodes=POSTCODES)[("total", "all")] == (1, 4, pytest.approx(25.0))


def test_three_or_more_placements_in_two_years_needs_last_years_return():
    # Window: 1 April 2024 to 31 March 2026. Last year's return holds the 2024-25 episodes.
    episodes = [
        # A: in care since 2022; placement open on 1 April 2024 (1), P in Dec 2024 (2), P in Oct 2025 (3)
        ep("A", "01/01/2022", "01/12/2024", rne="S"), ep("A", "01/12/2024", "01/10/2025"), ep("A", "01/10/2025"),
        # B: in care since 2023; one move in January 2025: 2 placements
        ep("B", "01/06/2023", "01/01/2025", rne="S"), ep("B", "01/01/2025"),
        # C: in care only since 1 May 2024: under 2 years, not in the cohort (though 3 placements)
        ep("C", "01/05/2024", "01/06/2024", rne="S"), ep("C", "01/06/2024", "01/07/2025"), ep("C", "01/07/2025"),
        # D: in care since 2022; one move in January 2025 (2), then placed for adoption with that foster carer
        # (A3, T) in November 2025: not a move (as cla_3plus_placements), 2 placements
        ep("D", "01/01/2022", "01/01/2025", rne="S"), ep("D", "01/01/2025", "01/11/2025"),
        ep("D", "01/11/2025", place="A3", rne="T"),
        # E: in care since 2022; a placement on 1 February 2025 that ended the same day (under 24 hours) and the
        # next one that day: the two count once, 2 placements
        ep("E", "01/01/2022", "01/02/2025", rne="S"), ep("E", "01/02/2025", "01/02/2025"), ep("E", "01/02/2025"),
    ]
    this_year = [e for e in episodes if e["DEC"] is None or e["DEC"] >= "01/04/2025" and e["DEC"][-4:] >= "2025"]
    last_year = [e for e in episodes if e["DECOM"][-4:] <= "2025" and not (e["DECOM"][-4:] == "2025" and e["DECOM"][3:5] >= "04")]
    values = measure("cla_3plus_placements_2_years", episodes=this_year, last={"episodes": last_year})
    # Cohort: A, B, D, E = 4; with 3+ placements: A = 1 -> 25%
    assert values[("total", "all")] == (1, 4, pytest.approx(25.0))
