"""What `carewatch validate 903` loads: a CSV set needs neither the CIN reader nor lxml, and a run without a
terminal (a script, CI) draws no progress bar, so it does not import Rich's progress module either; bank holidays are read without an HTTP client."""

import json
import subprocess
import sys

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
PROBE = """
import json, sys
from carewatch.cli import main
sys.argv = ["carewatch", "validate", "903", sys.argv[1], "--year", "2025-26", "--out", sys.argv[2], "--always-exit-zero"]
try:
    main()
finally:
    print(json.dumps({m: m in sys.modules for m in ("lxml.etree", "carewatch.returns.cin.read", "multiprocessing", "rich.progress", "requests")}), file=sys.stderr)
"""


def test_a_903_csv_set_loads_only_what_it_uses(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "header.csv").write_text(HEADER + "C1,M,01/02/2010,WBRI,,,\n")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "in"), str(tmp_path / "out")], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stderr.strip().splitlines()[-1])
    assert loaded == dict.fromkeys(loaded, False)
    assert (tmp_path / "out" / "findings.csv").exists()
