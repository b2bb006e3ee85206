-- code: 8950Q
-- severity: query
-- message: Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)
-- table: AssessmentFactors
-- fields: AssessmentFactors
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 8950Q: AssessmentFactors should not be 19A (sexual abuse is
-- now 19B by a child or 19C by an adult)
SELECT row_id, LAchildID AS child_id
FROM assessment_factors
WHERE AssessmentFactor = '19A'
