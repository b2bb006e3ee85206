-- id: cin_referrals_rate
-- title: Referrals during the year per 10,000 children aged under 18
-- definition: Referrals received between 1 April and 31 March (as cin_referrals) per 10,000 children aged 0
--   to 17 in the council's area (ONS mid-year estimate for the June before 31 March).
-- source: DfE, Characteristics of children in need, "rate of referrals per 10,000 children" (domain.md §3.4);
--   population: ONS mid-year population estimates
-- numerator: referrals in the year
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH referrals AS (  -- referrals in the year: CINdetails whose referral date is between 1 April and 31 March
    SELECT d.LAchildID, d.CINdetailsID, d.CINreferralDate, d.ReferralSource
    FROM cin_details d CROSS JOIN meta m
    WHERE d.CINreferralDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(r.CINreferralDate) AS numerator, any_value(m.population_0_17) AS denominator,
       count(r.CINreferralDate) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN referrals r ON TRUE
