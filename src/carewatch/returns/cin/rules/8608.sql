-- code: 8608
-- severity: error
-- message: Assessment Start Date cannot be later than its End Date
-- table: Assessments
-- fields: AssessmentActualStartDate, AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8608: if present, <AssessmentAuthorisationDate> (N00160) must be on
--   or after the <AssessmentActualStartDate> (N00159).
SELECT row_id FROM assessments WHERE AssessmentActualStartDate > AssessmentAuthorisationDate
