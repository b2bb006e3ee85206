-- code: 8670Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.
-- table: Assessments
-- fields: AssessmentActualStartDate, AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8670Q: if AssessmentAuthorisationDate is not present then
-- AssessmentActualStartDate should not be before the ReferenceDate minus 45 working days (England bank holidays)
WITH limit_day AS (SELECT add_working_days(collection_end, -45) AS day FROM meta)
SELECT a.row_id, a.LAchildID AS child_id
FROM assessments a CROSS JOIN limit_day l
WHERE a.AssessmentAuthorisationDate_raw IS NULL
  AND a.AssessmentActualStartDate < l.day
