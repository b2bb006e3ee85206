-- id: cin_referral_sources
-- title: Referrals during the year by source (share of all referrals)
-- definition: The share of the year's referrals (as cin_referrals) from each source group: individuals
--   (1A-1D), schools and education (2A-2B), health (3A-3F), housing (4), local authority services (5A-5D),
--   police (6), other legal agency (7), other (8), anonymous (9), unknown (10 or blank). The total row is
--   all referrals (100%).
-- source: DfE, Characteristics of children in need, "referrals by source of referral" (domain.md §5.2)
-- numerator: referrals from the source group
-- denominator: referrals in the year
-- unit: percent
-- polarity: neutral
-- breakdowns: total, source_group
-- return: cin
WITH referrals AS (  -- referrals in the year: CINdetails whose referral date is between 1 April and 31 March
    SELECT d.LAchildID, d.CINdetailsID, d.CINreferralDate, d.ReferralSource
    FROM cin_details d CROSS JOIN meta m
    WHERE d.CINreferralDate BETWEEN m.collection_start AND m.collection_end
),
grouped AS (
    SELECT CASE WHEN ReferralSource IS NULL OR ReferralSource = '10' THEN 'unknown'  -- before 1_: 10 is not 1A-1D
                WHEN ReferralSource LIKE '1_' THEN 'individual'
                WHEN ReferralSource LIKE '2_' THEN 'schools and education'
                WHEN ReferralSource LIKE '3_' THEN 'health services'
                WHEN ReferralSource = '4' THEN 'housing'
                WHEN ReferralSource LIKE '5_' THEN 'local authority services'
                WHEN ReferralSource = '6' THEN 'police'
                WHEN ReferralSource = '7' THEN 'other legal agency'
                WHEN ReferralSource = '8' THEN 'other'
                WHEN ReferralSource = '9' THEN 'anonymous'
                ELSE 'unknown' END AS source_group
    FROM referrals
),
total AS (SELECT count(*) AS n FROM grouped)
SELECT 'total' AS breakdown, 'all' AS category, any_value(t.n) AS numerator, any_value(t.n) AS denominator,
       CASE WHEN any_value(t.n) > 0 THEN 100.0 END AS value
FROM total t
UNION ALL
SELECT 'source_group', source_group, count(*), any_value(t.n), 100.0 * count(*) / nullif(any_value(t.n), 0)
FROM grouped CROSS JOIN total t GROUP BY source_group
