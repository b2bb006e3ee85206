"""Reading the 903 as councils submit it: CSV sets and XML, typed once, every row traced to its file and line."""

from datetime import date
from pathlib import Path

import pytest

from carewatch.errors import InputError
from carewatch.returns.ssda903.read import read_903

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_set_is_typed_and_traced(tmp_path):
    write(tmp_path, "header.csv", HEADER + "C1,M,01/02/2010,WBRI,A123456789012,,\nC2,F,31/02/2011,wbri,,,\n")
    write(tmp_path, "eps.csv", EPISODES + "C1,01/04/2025,S,C2,N1,U4,PR1,,,,AB1 2CD,AB1 3CD,SC123456\n")
    sub = read_903(tmp_path, "2025-26")
    header = sub.tables["header"].to_pylist()
    assert header[0]["DOB"] == date(2010, 2, 1) and header[0]["line"] == 2 and header[0]["row_id"] == 1
    assert header[1]["DOB"] is None and header[1]["DOB_raw"] == "31/02/2011"  # kept for the rules to report
    assert header[1]["ETHNIC"] == "WBRI"
    assert sub.tables["episodes"].num_rows == 1 and sub.sources["episodes"] == "eps.csv"
    assert sub.tables["reviews"].num_rows == 0 and any("Reviews" in n for n in sub.notes)


def test_table_recognised_from_columns_despite_case_whitespace_order_and_bom(tmp_path):
    write(tmp_path, "whatever.csv", "\ufeff dob , child,SEX,ethnic,UPN,MOTHER,MC_DOB\n01/02/2010,C1,M,WBRI,,,\n")
    sub = read_903(tmp_path, "2025-26")
    assert sub.tables["header"].to_pylist()[0]["CHILD"] == "C1"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings(tmp_path, encoding):
    write(tmp_path, "header.csv", HEADER + "Zoë,M,01/02/2010,WBRI,,,\n", encoding)
    assert read_903(tmp_path, "2025-26").tables["header"].to_pylist()[0]["CHILD"] == "Zoë"


def test_two_digit_years_are_not_dates(tmp_path):
    write(tmp_path, "header.csv", HEADER + "C1,M,01/02/10,WBRI,,,\n")
    row = read_903(tmp_path, "2025-26").tables["header"].to_pylist()[0]
    assert row["DOB"] is None and row["DOB_raw"] == "01/02/10"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", "", "the file is empty"),
        ("binary.csv", "\x00\x01\x02PK", "binary file"),
        ("nohead.csv", "\n\n", "no header row"),
        ("dup.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,SEX\n", "column SEX appears twice"),
        ("short.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE\n", "looks like the Episodes table but lacks the column(s) PLACE_PROVIDER"),
        ("odd.csv", "FOO,BAR\n1,2\n", "match no ssda903 table for 2025-26"),
        ("ragged.csv", HEADER + "C1,M,01/02/2010\n", "line 2: expected 7 fields"),
        ("quote.csv", HEADER + 'C1,"M,01/02/2010,WBRI,,,\n', "malformed CSV"),
        ("dolo.csv", "CHILD,DOB,DOLO_START,DOLO_END\n", "DoLo table, which the 2025-26 return does not have"),
    ],
)
def test_unusable_files_get_one_clear_line(tmp_path, name, content, expected):
    write(tmp_path, name, content)
    with pytest.raises(InputError) as err:
        read_903(tmp_path, "2025-26")
    assert expected in str(err.value) and name in str(err.value)


def test_two_files_for_one_table(tmp_path):
    write(tmp_path, "a.csv", HEADER)
    write(tmp_path, "b.csv", HEADER)
    with pytest.raises(InputError, match="holds the Header table, which a.csv already holds"):
        read_903(tmp_path, "2025-26")


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    from carewatch.returns import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    write(tmp_path, "header.csv", HEADER + "C1,M,01/02/2010,WBRI,,,\n" * 10)
    with pytest.raises(InputError, match="over the 0 MiB limit"):
        read_903(tmp_path, "2025-26")


XML = """<?xml version="1.0" encoding="utf-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER><CHILDID>C1</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC>
      <AREVIEW><REVIEW>01/05/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <AREVIEW><REVIEW>01/11/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <DUC>01/01/2028</DUC>
    </HEADER>
    <EPISODE><DECOM>01/04/2025</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>
  </CHILD>
</EXPSSDA903>
"""


def test_xml_return(tmp_path):
    path = write(tmp_path, "return.xml", XML)
    sub = read_903(path, "2025-26")
    assert sub.tables["header"].num_rows == 1
    reviews = sub.tables["reviews"].to_pylist()
    assert [r["REVIEW"] for r in reviews] == [date(2025, 5, 1), date(2025, 11, 1)]
    assert reviews[0]["CHILD"] == "C1" and reviews[0]["DOB"] == date(2010, 2, 1) and reviews[0]["line"] == 5
    episode = sub.tables["episodes"].to_pylist()[0]
    assert episode["PLACE"] == "U4" and episode["CHILD"] == "C1"
    assert sub.tables["uasc"].to_pylist()[0]["DUC"] == date(2028, 1, 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<EXPSSDA903><CHILD/></EXPSSDA903>', "DOCTYPE"),
        ("<EXPSSDA903><CHILD><HEADER>", "malformed XML"),
        ("<OTHER><CHILD></CHILD></OTHER>", "expected <EXPSSDA903>"),
        ("<EXPSSDA903></EXPSSDA903>", "no <CHILD> elements"),
        ("not xml at all", "not XML"),
    ],
)
def test_bad_xml(tmp_path, content, expected):
    path = write(tmp_path, "return.xml", content)
    with pytest.raises(InputError, match=expected):
        read_903(path, "2025-26")


def test_xml_billion_laughs_is_refused(tmp_path):
    lol = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<EXPSSDA903>&lol2;</EXPSSDA903>'
    path = write(tmp_path, "lol.xml", lol)
    with pytest.raises(InputError, match="DOCTYPE"):
        read_903(path, "2025-26")


def test_the_first_unusable_file_in_order_is_the_one_reported(tmp_path):
    """Files are parsed two at a time, but reported on in file order, as if read one by one."""
    write(tmp_path, "a.csv", HEADER + "C1,M,01/02/2010,WBRI,,,\n")
    write(tmp_path, "b.csv", HEADER + "C2,F,01/02/2011,WBRI,,,\n")  # a second Header table
    write(tmp_path, "c.csv", "FOO,BAR\n1,2\n")  # no table's columns
    write(tmp_path, "d.csv", HEADER + "C1,M\n")  # ragged
    with pytest.raises(InputError, match="b.csv.*holds the Header table, which a.csv already holds"):
        read_903(tmp_path, "2025-26")
    (tmp_path / "b.csv").unlink()
    with pytest.raises(InputError, match="c.csv.*match no ssda903 table"):
        read_903(tmp_path, "2025-26")
    (tmp_path / "c.csv").unlink()
    with pytest.raises(InputError, match="d.csv, line 2: expected 7 fields"):
        read_903(tmp_path, "2025-26")


def test_quoted_and_plain_files_read_alike(tmp_path):
    """A file with quotes goes through the csv module, one without through Arrow: the same rows either way."""
    plain, quoted = tmp_path / "plain", tmp_path / "quoted"
    plain.mkdir(), quoted.mkdir()
    rows = ["C1,M,01/02/2010,WBRI,A123456789012,,", "C2, f ,31/02/2011,wbri,,1,01/01/2030", ",,,,,,", "C3,F,x,,,,"]
    write(plain, "header.csv", HEADER + "\r\n".join(rows) + "\r\n")
    write(quoted, "header.csv", HEADER + "\r\n".join(",".join(f'"{c}"' for c in r.split(",")) for r in rows) + "\r\n")
    assert read_903(plain, "2025-26").tables["header"].equals(read_903(quoted, "2025-26").tables["header"])
