-- code: 8614
-- severity: error
-- message: Parental or child factors at assessment should only be present for a completed assessment.
-- table: Assessments
-- fields: AssessmentAuthorisationDate, AssessmentFactors
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8614: if AssessmentAuthorisationDate is missing, AssessmentFactors
-- within the same Assessments group must also be missing. The finding points at the Assessments group.
SELECT a.row_id, a.LAchildID AS child_id
FROM assessments a
JOIN (SELECT DISTINCT LAchildID, CINdetailsID, AssessmentID FROM assessment_factors WHERE AssessmentFactor IS NOT NULL) f
  ON f.LAchildID = a.LAchildID AND f.CINdetailsID = a.CINdetailsID AND f.AssessmentID = a.AssessmentID
WHERE a.AssessmentAuthorisationDate_raw IS NULL
