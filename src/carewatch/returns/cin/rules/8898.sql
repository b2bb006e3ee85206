-- code: 8898
-- severity: error
-- message: The assessment has more than one parental or child factors with the same code
-- table: AssessmentFactors
-- fields: AssessmentFactors
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8898: if an assessment records more than one AssessmentFactors, none
-- of the values may appear more than once. Findings point at each repeated factor.
SELECT row_id, LAchildID AS child_id
FROM assessment_factors
WHERE AssessmentFactor IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID, AssessmentFactor) > 1
