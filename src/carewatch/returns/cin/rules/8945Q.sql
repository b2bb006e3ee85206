-- code: 8945Q
-- severity: query
-- message: Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)
-- table: AssessmentFactors
-- fields: AssessmentFactors
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 8945Q: AssessmentFactors should not be 18A (physical abuse is
-- now 18B by a child or 18C by an adult)
SELECT row_id, LAchildID AS child_id
FROM assessment_factors
WHERE AssessmentFactor = '18A'
