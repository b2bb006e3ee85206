-- id: cin_31mar_rate
-- title: Children in need at 31 March per 10,000 children aged under 18
-- definition: Children in need at 31 March (as cin_31mar) per 10,000 children aged 0 to 17 (ONS mid-year
--   estimate for the June before 31 March).
-- source: DfE, Characteristics of children in need, "rate of children in need at 31 March per 10,000
--   children" (domain.md §3.4)
-- numerator: children in need at 31 March
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH in_need AS (  -- children with a CINdetails episode open at 31 March (referred on or before, not closed by then)
    SELECT DISTINCT d.LAchildID FROM cin_details d CROSS JOIN meta m
    WHERE d.CINreferralDate <= m.collection_end AND (d.CINclosureDate IS NULL OR d.CINclosureDate > m.collection_end)
)
SELECT 'total' AS breakdown, 'all' AS category, count(n.LAchildID) AS numerator, any_value(m.population_0_17) AS denominator,
       count(n.LAchildID) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN in_need n ON TRUE
