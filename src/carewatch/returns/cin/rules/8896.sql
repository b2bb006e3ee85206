-- code: 8896
-- severity: error
-- message: Within one CINDetails group there are 2 or more open Assessments groups
-- table: Assessments
-- fields: AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8896: within one CINdetails there must not be more than one Assessments
-- group with no AssessmentAuthorisationDate. Findings point at each open assessment.
SELECT row_id, LAchildID AS child_id
FROM assessments
WHERE AssessmentAuthorisationDate_raw IS NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) > 1
