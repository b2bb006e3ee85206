-- id: cin_s47_rate
-- title: Section 47 enquiries started during the year per 10,000 children aged under 18
-- definition: Section 47 enquiries whose start (the strategy discussion, S47ActualStartDate) falls between
--   1 April and 31 March, per 10,000 children aged 0 to 17 (ONS mid-year estimate for the June before).
-- source: DfE, Characteristics of children in need, "section 47 enquiries ... rate per 10,000 children"
--   (domain.md §3.4)
-- numerator: section 47 enquiries started in the year
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH s47 AS (  -- section 47 enquiries started between 1 April and 31 March
    SELECT s.* FROM section47 s CROSS JOIN meta m WHERE s.S47ActualStartDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(s.LAchildID) AS numerator, any_value(m.population_0_17) AS denominator,
       count(s.LAchildID) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN s47 s ON TRUE
