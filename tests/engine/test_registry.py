"""The registry refuses to start on a bad rule, and every shipped rule loads."""

from pathlib import Path

import pytest

from carewatch.engine.rules import RuleError, load_rules
from carewatch.returns.years import CollectionYear

GOOD = """-- code: 900
-- severity: error
-- message: A test rule.
-- table: Header
-- fields: ETHNIC
-- years: 2024-25..
SELECT row_id, CHILD AS child_id FROM header WHERE ETHNIC IS NULL
"""


def write_rule(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text)


def test_every_shipped_rule_loads_and_each_year_has_one_version_per_code():
    rules = load_rules("ssda903")
    assert rules
    for year in ("2025-26", "2026-27"):
        y = CollectionYear.parse(year)
        codes = [r.code for r in rules if r.in_force(y)]
        assert len(codes) == len(set(codes))


def test_good_rule_loads_and_records_what_it_reads(tmp_path):
    write_rule(tmp_path, "900.sql", GOOD)
    (rule,) = load_rules("ssda903", tmp_path)
    assert rule.reads == {"header"} and rule.fields == ("ETHNIC",) and not rule.needs_previous


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("WHERE ETHNIC IS NULL", "WHERE ETHNIC IS NULL AND NOPE = 1"), "(?i)nope"),
        (lambda t: t.replace("FROM header", "FROM headers"), "unknown table"),
        (lambda t: t.replace("SELECT row_id,", "SELECT"), "must select row_id"),
        (lambda t: t.replace("WHERE ETHNIC IS NULL", "WHERE (ETHNIC IS NULL"), "does not parse"),
        (lambda t: t.replace("-- severity: error\n", ""), "header lacks severity"),
        (lambda t: t.replace("severity: error", "severity: fatal"), "severity must be"),
        (lambda t: t.replace("years: 2024-25..", "years: 2030-31.."), "match no collection year"),
        (lambda t: t.replace("FROM header", "FROM dolo"), "unknown table"),  # DoLo exists only from 2026-27
    ],
)
def test_bad_rules_stop_the_registry(tmp_path, change, expected):
    write_rule(tmp_path, "900.sql", change(GOOD))
    with pytest.raises(RuleError, match=expected):
        load_rules("ssda903", tmp_path)


def test_two_versions_of_a_rule_may_not_overlap(tmp_path):
    write_rule(tmp_path, "900.sql", GOOD)
    write_rule(tmp_path, "900.2026-27.sql", GOOD.replace("2024-25..", "2026-27.."))
    with pytest.raises(RuleError, match="both rule 900 in 2026-27"):
        load_rules("ssda903", tmp_path)
    write_rule(tmp_path, "900.sql", GOOD.replace("2024-25..", "2024-25..2025-26"))
    assert len(load_rules("ssda903", tmp_path)) == 2


def test_checks_are_cached_but_a_changed_rule_is_checked_again(tmp_path):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    rules_dir.mkdir()
    write_rule(rules_dir, "900.sql", GOOD)
    load_rules("ssda903", rules_dir, cache_dir=cache)
    assert len(list(cache.iterdir())) == 1
    write_rule(rules_dir, "900.sql", GOOD.replace("ETHNIC IS NULL", "BOGUS IS NULL"))
    with pytest.raises(RuleError, match="(?i)bogus"):
        load_rules("ssda903", rules_dir, cache_dir=cache)


SHARED = GOOD.replace("-- table: Header", "-- table: Episodes").replace(
    "SELECT row_id, CHILD AS child_id FROM header WHERE ETHNIC IS NULL",
    "SELECT f.row_id, f.CHILD AS child_id FROM first_episode f JOIN final_episode_last l ON l.CHILD = f.CHILD WHERE f.LS <> l.LS",
)


def test_rules_may_read_the_shared_rule_tables_with_their_columns_checked(tmp_path):
    write_rule(tmp_path, "900.sql", SHARED)
    (rule,) = load_rules("ssda903", tmp_path)
    assert rule.reads == {"first_episode", "final_episode_last"} and rule.needs_previous
    write_rule(tmp_path, "900.sql", SHARED.replace("f.LS <> l.LS", "f.NOPE <> l.LS"))
    with pytest.raises(RuleError, match="(?i)nope"):
        load_rules("ssda903", tmp_path)


def test_a_shared_rule_table_that_does_not_build_stops_the_registry(tmp_path, monkeypatch):
    broken = tmp_path / "rule_tables.sql"
    broken.write_text("-- a typo in a table name\nCREATE TABLE first_episode AS SELECT * FROM episode;\n")
    monkeypatch.setattr("carewatch.engine.rules.rule_tables_path", lambda _: broken)
    monkeypatch.setattr("carewatch.engine.run.rule_tables_path", lambda _: broken)
    (tmp_path / "rules").mkdir()
    write_rule(tmp_path / "rules", "900.sql", GOOD)
    with pytest.raises(RuleError, match="rule_tables.sql: .*episode"):
        load_rules("ssda903", tmp_path / "rules")


def test_without_last_years_return_the_rules_on_its_shared_table_are_skipped():
    from carewatch.engine.run import validate
    from carewatch.returns.schema import load_schema
    from carewatch.returns.submission import from_records

    rules = [r for r in load_rules("ssda903") if r.code == "503A"]
    submission = from_records(load_schema("ssda903", "2025-26"), {})
    result = validate(rules, submission)
    assert [(r.code, why) for r, why in result.skipped] == [("503A", "needs last year's return (--previous)")]
