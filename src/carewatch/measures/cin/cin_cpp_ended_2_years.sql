-- id: cin_cpp_ended_2_years
-- title: Child protection plans ended during the year that had lasted 2 years or more
-- definition: Of the child protection plans that ended between 1 April and 31 March, the share that had
--   lasted two years or more (end date on or after the second anniversary of the start date).
-- source: DfE, Characteristics of children in need, "child protection plans ceasing during the year ...
--   lasting 2 years or more"; DfE COLLECT key indicator "CPP lasting 2+ years" (domain.md §3.4)
-- numerator: plans ended in the year that lasted 2 years or more
-- denominator: plans ended in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: cin
WITH ended AS (
    SELECT p.CPPendDate >= p.CPPstartDate + INTERVAL 2 YEAR AS long_plan
    FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPendDate BETWEEN m.collection_start AND m.collection_end AND p.CPPstartDate IS NOT NULL
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE long_plan) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE long_plan) / nullif(count(*), 0) AS value
FROM ended
