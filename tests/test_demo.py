"""`carewatch demo`, the README's first command, up to the point where it would serve the app."""

import csv
import os
import subprocess
import sys


def test_demo_makes_validates_and_measures_a_council(tmp_path):
    env = {**os.environ, "CAREWATCH_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "carewatch", "demo", "--no-serve", "--children", "300"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    demo = tmp_path / "demo"
    for name in ("903", "cin"):
        findings = list(csv.DictReader((demo / "validation" / name / "findings.csv").open()))
        key = list(csv.DictReader((demo / (name if name == "903" else "cin") / "answer_key.csv").open()))
        found = {(f["rule_code"], f["child_id"]) for f in findings}
        assert key and all((k["rule_code"], k["child_id"]) in found for k in key)  # every planted error is reported
        assert (demo / "validation" / name / "findings.xlsx").stat().st_size > 0
    measures = list(csv.DictReader((demo / "measures.csv").open()))
    assert {"cla_31mar", "cla_31mar_rate"} <= {m["measure_id"] for m in measures}
