"""Reading the CIN census: typed tables keyed by child and CINdetails, each row with its XPath."""

from datetime import date

import pytest

from carewatch.errors import InputError
from carewatch.returns.cin.read import read_cin

CENSUS = """<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>839</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2026-05-01T10:00:00</DateTime></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-06-01</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-07-01</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <ReferralNFA>False</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2025-07-10</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP>
          <Reviews><CPPreviewDate>2025-10-01</CPPreviewDate><CPPreviewDate>2026-03-01</CPPreviewDate></Reviews>
        </ChildProtectionPlans>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2026-13-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>1</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers><LAchildID>C2</LAchildID><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>U</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>
      <CINdetails><CINreferralDate>2026-01-05</CINreferralDate><ReferralSource>3B</ReferralSource><ReferralNFA>true</ReferralNFA></CINdetails>
    </Child>
  </Children>
</Message>
"""


def write(tmp_path, text, name="census.xml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_tables_ids_types_and_xpaths(tmp_path):
    sub = read_cin(write(tmp_path, CENSUS), "2025-26")
    details = sub.tables["cin_details"].to_pylist()
    assert [(d["LAchildID"], d["CINdetailsID"]) for d in details] == [("C1", 1), ("C1", 2), ("C2", 1)]
    assert details[0]["ReferralNFA"] is False and details[1]["ReferralNFA"] is True and details[2]["ReferralNFA"] is True
    assert details[1]["CINreferralDate"] is None and details[1]["CINreferralDate_raw"] == "2026-13-01"
    assert details[1]["xpath"] == "/Message/Children/Child[1]/CINdetails[2]"
    factors = sub.tables["assessment_factors"].to_pylist()
    assert [f["AssessmentFactor"] for f in factors] == ["3A", "4B"]
    assert factors[1]["xpath"].endswith("/Assessments[1]/FactorsIdentifiedAtAssessment[1]/AssessmentFactors[2]")
    reviews = sub.tables["cpp_reviews"].to_pylist()
    assert [r["CPPreviewDate"] for r in reviews] == [date(2025, 10, 1), date(2026, 3, 1)]  # every review, not just the first
    unborn = sub.tables["child_identifiers"].to_pylist()[1]
    assert unborn["PersonBirthDate"] is None and unborn["ExpectedPersonBirthDate"] == date(2026, 5, 1)
    assert sub.tables["header"].to_pylist()[0]["LEA"] == "839"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CENSUS.replace("<Year>2026</Year>", "<Year>2025</Year>"), "collection year is '2025', expected 2026"),
        (CENSUS.replace("<Collection>CIN</Collection>", "<Collection>903</Collection>"), "expected CIN"),
        (CENSUS[:900], "malformed XML"),
        (CENSUS.replace("<Message>", "<Other>").replace("</Message>", "</Other>"), "expected <Message>"),
        ('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Message>&x;</Message>', "DOCTYPE"),
        ("", "the file is empty"),
        ("just text", "not XML"),
    ],
)
def test_unusable_census(tmp_path, text, expected):
    with pytest.raises(InputError, match=expected):
        read_cin(write(tmp_path, text), "2025-26")


def test_gender_current_before_2024_25(tmp_path):
    old = CENSUS.replace("<Year>2026</Year>", "<Year>2024</Year>").replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>")
    ids = read_cin(write(tmp_path, old), "2023-24").tables["child_identifiers"].to_pylist()
    assert ids[0]["GenderCurrent"] == "1"
