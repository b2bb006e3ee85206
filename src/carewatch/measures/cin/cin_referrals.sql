-- id: cin_referrals
-- title: Referrals to children's social care during the year
-- definition: Referrals received between 1 April and 31 March: each CINdetails episode of the census whose
--   referral date (CINreferralDate) falls in the year counts once (a referral is a request for services for
--   a child not already open to children's social care). Breakdown by referral source (ReferralSource code).
-- source: DfE, Characteristics of children in need (CIN census), "referrals" (c1 referral_count;
--   domain.md §3.4, §5.2 ReferralSource)
-- numerator: referrals in the year
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, source
-- return: cin
WITH referrals AS (  -- referrals in the year: CINdetails whose referral date is between 1 April and 31 March
    SELECT d.LAchildID, d.CINdetailsID, d.CINreferralDate, d.ReferralSource
    FROM cin_details d CROSS JOIN meta m
    WHERE d.CINreferralDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, NULL AS denominator, count(*) AS value FROM referrals
UNION ALL
SELECT 'source', coalesce(ReferralSource, 'unknown'), count(*), NULL, count(*) FROM referrals GROUP BY 2
