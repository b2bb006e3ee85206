-- code: 8873Q
-- severity: query
-- message: Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.
-- table: CINdetails
-- fields: ReasonForClosure, AssessmentFactors
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8873Q: within a CINdetails, if there is only one Assessments group and
-- its AssessmentFactors is 21, ReasonForClosure should be RC8 or RC9 (an episode still open has neither).
-- Findings point at the CINdetails and the assessment.
WITH single AS (
    SELECT row_id, LAchildID, CINdetailsID, AssessmentID FROM assessments
    QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) = 1
),
hits AS (
    SELECT c.row_id AS cin_row, s.row_id AS ass_row, c.LAchildID
    FROM single s
    JOIN cin_details c ON c.LAchildID = s.LAchildID AND c.CINdetailsID = s.CINdetailsID
    JOIN (SELECT DISTINCT LAchildID, CINdetailsID, AssessmentID FROM assessment_factors WHERE AssessmentFactor = '21') f
      ON f.LAchildID = s.LAchildID AND f.CINdetailsID = s.CINdetailsID AND f.AssessmentID = s.AssessmentID
    WHERE c.ReasonForClosure IS DISTINCT FROM 'RC8' AND c.ReasonForClosure IS DISTINCT FROM 'RC9'
)
SELECT cin_row AS row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM hits
UNION ALL
SELECT ass_row AS row_id, LAchildID AS child_id, 'Assessments' AS table_name FROM hits
