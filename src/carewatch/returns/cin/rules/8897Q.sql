-- code: 8897Q
-- severity: query
-- message: Parental or child factors at assessment information is missing from a completed assessment
-- table: Assessments
-- fields: AssessmentAuthorisationDate, AssessmentFactors
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8897Q: if AssessmentAuthorisationDate is on or after the start of the
-- census year then one or more AssessmentFactors must be present in the same Assessments group, each a valid code.
-- Findings point at the assessment.
WITH valid AS (SELECT code FROM codes WHERE list = 'assessment_factor'),
factors AS (
    SELECT f.LAchildID, f.CINdetailsID, f.AssessmentID,
           count(f.AssessmentFactor) AS n,
           count(*) FILTER (WHERE v.code IS NULL) AS bad
    FROM assessment_factors f LEFT JOIN valid v ON v.code = f.AssessmentFactor
    GROUP BY f.LAchildID, f.CINdetailsID, f.AssessmentID
)
SELECT a.row_id, a.LAchildID AS child_id
FROM assessments a CROSS JOIN meta m
LEFT JOIN factors f ON f.LAchildID = a.LAchildID AND f.CINdetailsID = a.CINdetailsID AND f.AssessmentID = a.AssessmentID
WHERE a.AssessmentAuthorisationDate >= m.collection_start
  AND (coalesce(f.n, 0) = 0 OR f.bad > 0)
