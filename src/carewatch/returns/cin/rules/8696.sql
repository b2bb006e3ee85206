-- code: 8696
-- severity: error
-- message: Assessment end date must fall within the census year
-- table: Assessments
-- fields: AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8696: if present, AssessmentAuthorisationDate must be on or between
-- the start of the census year and the ReferenceDate
SELECT a.row_id, a.LAchildID AS child_id
FROM assessments a CROSS JOIN meta m
WHERE a.AssessmentAuthorisationDate NOT BETWEEN m.collection_start AND m.collection_end
