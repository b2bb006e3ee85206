-- id: cin_rereferrals
-- title: Re-referrals within 12 months of a previous referral
-- definition: Of the referrals received between 1 April and 31 March, the share for a child who had
--   another referral in the 12 months before (on or after the same day a year earlier, and before this
--   referral). Needs two years: a previous referral closed before 1 April is only in last year's census, so
--   earlier referrals come from this year's and, when given (--previous), last year's census; with one
--   census, re-referrals after a referral closed before the year are missed (a lower bound).
-- source: DfE, Characteristics of children in need, "re-referrals within 12 months of a previous referral"
--   (c1 rereferral_percent; domain.md §3.4, rule 12)
-- numerator: referrals in the year within 12 months of a previous referral of the same child
-- denominator: referrals in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: cin
WITH all_referrals AS (  -- each referral once, with the same child's previous referral (the nearest earlier one)
    SELECT LAchildID, CINreferralDate,
           lag(CINreferralDate) OVER (PARTITION BY LAchildID ORDER BY CINreferralDate) AS previous_referral
    FROM (SELECT DISTINCT LAchildID, CINreferralDate FROM cin_details_all_years
          WHERE LAchildID IS NOT NULL AND CINreferralDate IS NOT NULL)
),
flagged AS (
    SELECT COALESCE(r.previous_referral >= r.CINreferralDate - INTERVAL 12 MONTH, FALSE) AS again
    FROM cin_details d CROSS JOIN meta m
    JOIN all_referrals r ON r.LAchildID = d.LAchildID AND r.CINreferralDate = d.CINreferralDate
    WHERE d.CINreferralDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE again) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE again) / nullif(count(*), 0) AS value
FROM flagged
