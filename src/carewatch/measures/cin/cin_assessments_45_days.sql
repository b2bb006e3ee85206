-- id: cin_assessments_45_days
-- title: Assessments completed within 45 working days of referral
-- definition: Of the assessments authorised between 1 April and 31 March, the share authorised no later
--   than 45 working days after the referral date of their CINdetails episode (working days are Monday to
--   Friday less England and Wales bank holidays; the referral day itself is not counted, so day 45 is on
--   time). Assessments whose referral date is missing stay in the denominator as not shown to be on time.
-- source: Working Together to Safeguard Children: an assessment concludes within 45 working days of the
--   referral; DfE COLLECT key indicator "assessments completed within 45 working days" (domain.md §3.4,
--   §5.3, rule 12)
-- numerator: assessments authorised within 45 working days of referral
-- denominator: assessments completed in the year
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: cin
WITH completed AS (  -- assessments completed (authorised) between 1 April and 31 March, with their referral date
    SELECT a.LAchildID, a.CINdetailsID, a.AssessmentID, a.AssessmentActualStartDate, a.AssessmentAuthorisationDate, d.CINreferralDate
    FROM assessments a CROSS JOIN meta m
    LEFT JOIN cin_details d ON d.LAchildID = a.LAchildID AND d.CINdetailsID = a.CINdetailsID
    WHERE a.AssessmentAuthorisationDate BETWEEN m.collection_start AND m.collection_end
),
due AS (
    SELECT AssessmentAuthorisationDate, add_working_days(CINreferralDate, 45) AS due_on FROM completed
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE AssessmentAuthorisationDate <= due_on) AS numerator,
       count(*) AS denominator, 100.0 * count(*) FILTER (WHERE AssessmentAuthorisationDate <= due_on) / nullif(count(*), 0) AS value
FROM due
