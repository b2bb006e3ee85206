-- code: 8869
-- severity: error
-- message: The assessment factors code “21” cannot be used in conjunction with any other assessment factors.
-- table: AssessmentFactors
-- fields: AssessmentFactors
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8869: if an AssessmentFactors value is 21 ("no factors identified")
-- it must be the only one in the assessment. Findings point at every factor of such an assessment.
SELECT row_id, LAchildID AS child_id
FROM assessment_factors
QUALIFY bool_or(AssessmentFactor = '21') OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID)
    AND bool_or(AssessmentFactor <> '21') OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID)
