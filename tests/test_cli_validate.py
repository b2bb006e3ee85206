"""`carewatch validate 903` as a user runs it: summary, findings.csv, findings.xlsx and exit codes."""

import csv
import subprocess
import sys
import zipfile

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def carewatch(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "carewatch", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_errors_found_exit_1_with_reports(tmp_path):
    ret = tmp_path / "return"
    ret.mkdir()
    (ret / "header.csv").write_text(HEADER + "C1,M,01/02/2010,WBRI,,,\n=HYPERLINK(1),F,01/02/2011,XXXX,,,\n")
    out = tmp_path / "out"
    result = carewatch("validate", "903", ret, "--year", "2025-26", "--out", out, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "103" in result.stdout and "not run" in result.stdout  # year-on-year rules need --previous
    rows = list(csv.DictReader((out / "findings.csv").open()))
    finding = next(r for r in rows if r["rule_code"] == "103")
    assert finding == {
        "rule_code": "103", "severity": "error", "table": "Header", "row": "3", "child_id": "'=HYPERLINK(1)",
        "fields": "ETHNIC", "message": "The ethnicity code is either not valid or has not been entered.",
    }
    with zipfile.ZipFile(out / "findings.xlsx") as book:
        sheets = " ".join(book.namelist())
        assert "worksheets/sheet" in sheets
        text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))
        assert "<f>" not in text  # nothing became a formula


def test_always_exit_zero(tmp_path):
    (tmp_path / "header.csv").write_text(HEADER + "C1,M,01/02/2010,XXXX,,,\n")
    result = carewatch("validate", "903", tmp_path / "header.csv", "--year", "2025-26", "--out", tmp_path / "o", "--always-exit-zero", cwd=tmp_path)
    assert result.returncode == 0


def test_unusable_input_exit_2_one_line_no_traceback(tmp_path):
    (tmp_path / "header.csv").write_text("FOO,BAR\n")
    result = carewatch("validate", "903", tmp_path, "--year", "2025-26", "--out", tmp_path / "o", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "header.csv, line 1" in result.stderr
    assert not (tmp_path / "o").exists()  # nothing half-written


def test_bad_year_exit_2(tmp_path):
    (tmp_path / "header.csv").write_text(HEADER)
    result = carewatch("validate", "903", tmp_path, "--year", "2025", cwd=tmp_path)
    assert result.returncode == 2 and "2025-26" in result.stderr and "Traceback" not in result.stderr
