"""Each rule's failing and passing fixtures, side by side."""

from .ruletest import run_rule


def test_103_ethnicity_must_be_a_valid_code():
    found = run_rule(
        "103",
        header=[{"CHILD": "1", "ETHNIC": "WBRI"}, {"CHILD": "2", "ETHNIC": "XXXX"}, {"CHILD": "3"}, {"CHILD": "4", "ETHNIC": "wbri"}],
    )
    assert found == {("Header", 2), ("Header", 3)}


def test_141_episode_start_must_be_a_date():
    found = run_rule(
        "141",
        episodes=[{"CHILD": "1", "DECOM": "01/04/2025"}, {"CHILD": "1", "DECOM": "2025-04-01"}, {"CHILD": "2", "DECOM": "31/02/2025"}, {"CHILD": "3"}],
    )
    assert found == {("Episodes", 2), ("Episodes", 3), ("Episodes", 4)}


def test_202_sex_must_match_last_year():
    found = run_rule(
        "202",
        header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "F"}, {"CHILD": "3", "SEX": "F"}],
        last={"header": [{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "M"}]},
        with_children=True,
    )
    assert found == {("Header", 2, "2")}
