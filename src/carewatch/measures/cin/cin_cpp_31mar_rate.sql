-- id: cin_cpp_31mar_rate
-- title: Children on a child protection plan at 31 March per 10,000 children aged under 18
-- definition: Children on a child protection plan at 31 March (as cin_cpp_31mar) per 10,000 children aged
--   0 to 17 (ONS mid-year estimate for the June before 31 March).
-- source: DfE, Characteristics of children in need, "rate of children subject to a child protection plan
--   per 10,000 children" (domain.md §3.4)
-- numerator: children on a plan at 31 March
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH open_plans AS (  -- child protection plans open at 31 March (started on or before, not ended by then), one per child
    SELECT p.* FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate <= m.collection_end AND (p.CPPendDate IS NULL OR p.CPPendDate > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY p.LAchildID ORDER BY p.CPPstartDate DESC) = 1
)
SELECT 'total' AS breakdown, 'all' AS category, count(p.LAchildID) AS numerator, any_value(m.population_0_17) AS denominator,
       count(p.LAchildID) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN open_plans p ON TRUE
