"""The synthetic council against carewatch's own DfE 903 rules: a clean council has no findings, and every
injected error is found by the rule the answer key names (for rules that are written)."""

import csv
from pathlib import Path

import pytest

from carewatch.engine.validate import rules, validate_files
from carewatch.synth.ssda903 import write_council
from carewatch.synth.ssda903_errors import CATALOGUE

pytestmark = pytest.mark.slow


def _validate(out: Path, year: str):
    run = validate_files(
        "ssda903", [out / "current"], year, previous=[out / "previous"],
        reference={"postcodes": out / "reference" / "postcodes.csv"}, la_code="839",
    )
    return run.result.findings.to_pylist()


@pytest.mark.parametrize("year", ["2025-26", "2026-27"])
def test_a_clean_council_has_no_findings(tmp_path, year):
    write_council(tmp_path, year=year, children=700, seed=21)
    findings = _validate(tmp_path, year)
    assert [(f["rule_code"], f["table"], f["child_id"]) for f in findings][:20] == []


def test_every_injected_error_is_found_by_its_rule(tmp_path):
    write_council(tmp_path, year="2026-27", children=2000, seed=8, inject_errors=len(CATALOGUE))
    with (tmp_path / "answer_key.csv").open(encoding="utf-8") as f:
        key = list(csv.DictReader(f))
    written = {r.code for r in rules("ssda903")}
    found = {(f["rule_code"], f["child_id"]) for f in _validate(tmp_path, "2026-27")}
    missed = [(k["rule_code"], k["child_id"]) for k in key if k["rule_code"] in written and (k["rule_code"], k["child_id"]) not in found]
    assert missed == []
    keyed = {k["child_id"] for k in key}
    assert {(code, child) for code, child in found if child not in keyed} == set()  # nothing on untouched children
