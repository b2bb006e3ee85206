-- code: 8831
-- severity: error
-- message: Activity is recorded against a case marked as a referral with no further action
-- table: CINdetails
-- fields: AssessmentActualStartDate, AssessmentAuthorisationDate, S47ActualStartDate, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8831: a CINdetails with ReferralNFA true or 1 cannot have any
-- AssessmentActualStartDate, AssessmentAuthorisationDate, S47ActualStartDate or DateOfInitialCPC. Findings point
-- at the CINdetails and at each Assessments or Section47 group that records activity.
WITH nfa AS (SELECT row_id, LAchildID, CINdetailsID, DateOfInitialCPC_raw FROM cin_details WHERE ReferralNFA IS TRUE),
ass AS (
    SELECT a.row_id, a.LAchildID, a.CINdetailsID FROM assessments a
    JOIN nfa n ON n.LAchildID = a.LAchildID AND n.CINdetailsID = a.CINdetailsID
    WHERE a.AssessmentActualStartDate_raw IS NOT NULL OR a.AssessmentAuthorisationDate_raw IS NOT NULL
),
s47 AS (
    SELECT s.row_id, s.LAchildID, s.CINdetailsID FROM section47 s
    JOIN nfa n ON n.LAchildID = s.LAchildID AND n.CINdetailsID = s.CINdetailsID
    WHERE s.S47ActualStartDate_raw IS NOT NULL OR s.DateOfInitialCPC_raw IS NOT NULL
),
busy AS (SELECT LAchildID, CINdetailsID FROM ass UNION SELECT LAchildID, CINdetailsID FROM s47)
SELECT n.row_id, n.LAchildID AS child_id, 'CINdetails' AS table_name
FROM nfa n LEFT JOIN busy b ON b.LAchildID = n.LAchildID AND b.CINdetailsID = n.CINdetailsID
WHERE b.LAchildID IS NOT NULL OR n.DateOfInitialCPC_raw IS NOT NULL
UNION ALL
SELECT row_id, LAchildID AS child_id, 'Assessments' AS table_name FROM ass
UNION ALL
SELECT row_id, LAchildID AS child_id, 'Section47' AS table_name FROM s47
