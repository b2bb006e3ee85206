"""Children looked after at 31 March, started and ceased: worked by hand on small councils."""

import pytest

from .measuretest import measure


def ep(child, decom, dec=None, ls="C2", rne="S", rec=None, place="U4", cin="N1"):
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "LS": ls, "RNE": rne, "REC": rec, "PLACE": place, "CIN": cin}


EPISODES = [
    ep("A", "01/01/2024", "01/06/2025", rec="X1"),  # A: in care over 31 March 2026 in a later episode
    ep("A", "01/06/2025", None, rne="P", place="K2"),
    ep("B", "01/05/2025", "31/03/2026", rec="E4A"),  # B: left care ON 31 March: not in care at 31 March
    ep("C", "01/02/2026", None, ls="V3"),  # C: short breaks at 31 March: excluded
    ep("D", "01/04/2025", "10/04/2025", rec="E4A"),  # D: two periods of care in the year
    ep("D", "01/09/2025", "01/04/2026", rec="E13", ls="V2"),  # ... ends after 31 March: in care at 31 March
    ep("E", "01/03/2020", "31/03/2025", rec="E11"),  # E: left before the year began
]
HEADER = [
    {"CHILD": "A", "SEX": "M", "DOB": "31/03/2010"},  # 16 on 31 March 2026
    {"CHILD": "B", "SEX": "F", "DOB": "01/01/2015"},
    {"CHILD": "C", "SEX": "F", "DOB": "01/01/2015"},
    {"CHILD": "D", "SEX": "F", "DOB": "01/04/2010"},  # 15 on 31 March 2026: birthday is the next day
    {"CHILD": "E", "SEX": "M", "DOB": "01/01/2019"},
]


def test_looked_after_at_31_march():
    # A (open episode, K2) and D (episode ends 1 April 2026) are in care; B left on 31 March, C is on short
    # breaks, E left before the year. So 2 children: A aged 16, D aged 15.
    values = measure("cla_31mar", episodes=EPISODES, header=HEADER)
    assert values[("total", "all")] == (2, None, 2)
    assert values[("age_band", "16 and over")][0] == 1 and values[("age_band", "10 to 15")][0] == 1
    assert values[("placement", "K2")][0] == 1 and values[("legal_status", "V2")][0] == 1
    assert ("legal_status", "V3") not in values


def test_rate_per_10000_children():
    # 2 children among 8,000 aged 0-17: 2 / 8,000 * 10,000 = 2.5
    values = measure("cla_31mar_rate", population=8000, episodes=EPISODES, header=HEADER)
    assert values[("total", "all")] == (2, 8000, pytest.approx(2.5))


def test_rate_with_no_child_in_care_at_31_march_is_zero_not_unknown():
    # Only B (left on 31 March), C (short breaks) and E (left before the year): none in care at 31 March.
    left = [e for e in EPISODES if e["CHILD"] in ("B", "C", "E")]
    values = measure("cla_31mar_rate", population=8000, episodes=left, header=HEADER)
    assert values[("total", "all")] == (0, 8000, 0)


def test_rate_without_population_is_unknown_not_zero():
    assert measure("cla_31mar_rate", episodes=EPISODES, header=HEADER)[("total", "all")][2] is None


def test_started_counts_each_child_once_and_skips_short_breaks():
    # Starts (RNE S) in 2025-26: B (1 May), C (V3: excluded), D twice (counted once). A and E started earlier.
    values = measure("cla_started", episodes=EPISODES, header=HEADER)
    assert values[("total", "all")] == (2, None, 2)


def test_ceased_counts_the_last_time_a_child_left():
    # B left on 31 March 2026 (E4A, inside the year); D left on 10 April 2025 (E4A) and again on 1 April
    # 2026 (after the year); E left on 31 March 2025 (before). So B and D: 2, both returned home.
    values = measure("cla_ceased", episodes=EPISODES, header=HEADER)
    assert values[("total", "all")] == (2, None, 2)
    assert values[("reason", "returned home or to live with family")][0] == 2
