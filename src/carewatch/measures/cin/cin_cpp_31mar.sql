-- id: cin_cpp_31mar
-- title: Children on a child protection plan at 31 March
-- definition: Children with a child protection plan open at 31 March (started on or before that day and
--   not ended by it), counted once. Breakdowns: the plan's initial and latest category of abuse (NEG, PHY,
--   SAB, EMO, MUL) and how long it had lasted at 31 March, in the DfE bands (3 months or less, more than 3
--   months to 6 months, more than 6 months to less than 1 year, 1 year to less than 2 years, 2 years or more).
-- source: DfE, Characteristics of children in need, "children who were the subject of a child protection
--   plan at 31 March" by category of abuse and by length of time (d5; domain.md §3.4, §5.2)
-- numerator: children on a plan at 31 March
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, initial_category, latest_category, duration
-- return: cin
WITH open_plans AS (  -- child protection plans open at 31 March (started on or before, not ended by then), one per child
    SELECT p.* FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate <= m.collection_end AND (p.CPPendDate IS NULL OR p.CPPendDate > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY p.LAchildID ORDER BY p.CPPstartDate DESC) = 1
),
banded AS (
    SELECT p.*, CASE WHEN p.CPPstartDate >= m.collection_end - INTERVAL 3 MONTH THEN '3 months or less'
                     WHEN p.CPPstartDate >= m.collection_end - INTERVAL 6 MONTH THEN 'more than 3 months to 6 months'
                     WHEN p.CPPstartDate > m.collection_end - INTERVAL 1 YEAR THEN 'more than 6 months to less than 1 year'
                     WHEN p.CPPstartDate > m.collection_end - INTERVAL 2 YEAR THEN '1 year to less than 2 years'
                     ELSE '2 years or more' END AS duration
    FROM open_plans p CROSS JOIN meta m
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, NULL AS denominator, count(*) AS value FROM banded
UNION ALL SELECT 'initial_category', coalesce(InitialCategoryOfAbuse, 'unknown'), count(*), NULL, count(*) FROM banded GROUP BY 2
UNION ALL SELECT 'latest_category', coalesce(LatestCategoryOfAbuse, 'unknown'), count(*), NULL, count(*) FROM banded GROUP BY 2
UNION ALL SELECT 'duration', duration, count(*), NULL, count(*) FROM banded GROUP BY 2
