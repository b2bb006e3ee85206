-- code: 8736
-- severity: error
-- message: For an Assessment that has not been completed, the start date must fall within the census year
-- table: Assessments
-- fields: AssessmentAuthorisationDate, AssessmentActualStartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8736: if an Assessments group has no AssessmentAuthorisationDate
-- then AssessmentActualStartDate must be on or between the start of the census year and the ReferenceDate
SELECT a.row_id, a.LAchildID AS child_id
FROM assessments a CROSS JOIN meta m
WHERE a.AssessmentAuthorisationDate_raw IS NULL
  AND (a.AssessmentActualStartDate_raw IS NULL
       OR a.AssessmentActualStartDate NOT BETWEEN m.collection_start AND m.collection_end)
