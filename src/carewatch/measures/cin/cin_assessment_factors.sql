-- id: cin_assessment_factors
-- title: Factors identified at the end of assessment
-- definition: For the assessments authorised between 1 April and 31 March, the number with each factor
--   identified at the end of assessment (AssessmentFactors code, e.g. 3A domestic abuse concerning the child,
--   16A neglect). The total counts the assessments with at least one factor other than 21 (no factors).
-- source: DfE, Characteristics of children in need, "factors identified at the end of assessment" (c3;
--   domain.md §3.4, §5.2 assessment factors)
-- numerator: assessments completed in the year with the factor
-- denominator: assessments completed in the year
-- unit: count
-- polarity: neutral
-- breakdowns: total, factor
-- return: cin
WITH completed AS (  -- assessments completed (authorised) between 1 April and 31 March, with their referral date
    SELECT a.LAchildID, a.CINdetailsID, a.AssessmentID, a.AssessmentActualStartDate, a.AssessmentAuthorisationDate, d.CINreferralDate
    FROM assessments a CROSS JOIN meta m
    LEFT JOIN cin_details d ON d.LAchildID = a.LAchildID AND d.CINdetailsID = a.CINdetailsID
    WHERE a.AssessmentAuthorisationDate BETWEEN m.collection_start AND m.collection_end
),
factors AS (
    SELECT DISTINCT f.LAchildID, f.CINdetailsID, f.AssessmentID, f.AssessmentFactor
    FROM assessment_factors f
    JOIN completed c ON c.LAchildID = f.LAchildID AND c.CINdetailsID = f.CINdetailsID AND c.AssessmentID = f.AssessmentID
    WHERE f.AssessmentFactor IS NOT NULL
),
total AS (SELECT count(*) AS n FROM completed),
with_factor AS (SELECT count(*) AS n FROM (SELECT DISTINCT LAchildID, CINdetailsID, AssessmentID FROM factors WHERE AssessmentFactor <> '21'))
SELECT 'total' AS breakdown, 'all' AS category, w.n AS numerator, t.n AS denominator, w.n AS value
FROM total t CROSS JOIN with_factor w
UNION ALL
SELECT 'factor', AssessmentFactor, count(*), any_value(t.n), count(*) FROM factors CROSS JOIN total t GROUP BY AssessmentFactor
