-- id: cin_assessments
-- title: Assessments completed during the year
-- definition: Children and family assessments authorised (completed) between 1 April and 31 March, each
--   assessment counted once.
-- source: DfE, Characteristics of children in need, "assessments completed" (domain.md §3.4)
-- numerator: assessments completed in the year
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH completed AS (  -- assessments completed (authorised) between 1 April and 31 March, with their referral date
    SELECT a.LAchildID, a.CINdetailsID, a.AssessmentID, a.AssessmentActualStartDate, a.AssessmentAuthorisationDate, d.CINreferralDate
    FROM assessments a CROSS JOIN meta m
    LEFT JOIN cin_details d ON d.LAchildID = a.LAchildID AND d.CINdetailsID = a.CINdetailsID
    WHERE a.AssessmentAuthorisationDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, NULL AS denominator, count(*) AS value FROM completed
