-- code: 8565
-- severity: error
-- message: Activity shown after a case has been closed
-- table: CINdetails
-- fields: CINclosureDate, DateOfInitialCPC, AssessmentActualStartDate, AssessmentAuthorisationDate, S47ActualStartDate, CPPendDate, CINPlanStartDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8565: if <CINclosureDate> (N00102) is present, it must be on or after
--   every one of these dates of the same CINdetails that is present: <DateOfInitialCPC> (N00110, on the CINdetails or
--   a Section47), <AssessmentActualStartDate> (N00159), <AssessmentAuthorisationDate> (N00160),
--   <S47ActualStartDate> (N00148), <CPPendDate> (N00115), <CINPlanStartDate> (N00689), <CINPlanEndDate> (N00690).
--   The CINdetails row is reported.
WITH closed AS (
    SELECT row_id, LAchildID, CINdetailsID, CINclosureDate AS closed, DateOfInitialCPC
    FROM cin_details WHERE CINclosureDate IS NOT NULL
)
SELECT row_id FROM closed WHERE closed < DateOfInitialCPC
UNION
SELECT c.row_id FROM closed c JOIN assessments a ON a.LAchildID = c.LAchildID AND a.CINdetailsID = c.CINdetailsID
WHERE c.closed < a.AssessmentActualStartDate OR c.closed < a.AssessmentAuthorisationDate
UNION
SELECT c.row_id FROM closed c JOIN section47 s ON s.LAchildID = c.LAchildID AND s.CINdetailsID = c.CINdetailsID
WHERE c.closed < s.S47ActualStartDate OR c.closed < s.DateOfInitialCPC
UNION
SELECT c.row_id FROM closed c JOIN child_protection_plans p ON p.LAchildID = c.LAchildID AND p.CINdetailsID = c.CINdetailsID
WHERE c.closed < p.CPPendDate
UNION
SELECT c.row_id FROM closed c JOIN cin_plan_dates p ON p.LAchildID = c.LAchildID AND p.CINdetailsID = c.CINdetailsID
WHERE c.closed < p.CINPlanStartDate OR c.closed < p.CINPlanEndDate
