-- id: missing_incidents_per_child
-- title: Missing and away incidents per child who went missing or was away
-- definition: Missing and away episodes starting in the year (as missing_incidents) divided by the children
--   who had at least one (as missing_children). Breakdown by type: missing, away.
-- source: DfE, Children looked after in England including adoptions, "average number of missing incidents
--   per child who went missing" (domain.md §3.2)
-- numerator: missing and away episodes starting in the year
-- denominator: children with at least one such episode
-- unit: score
-- polarity: lower_is_better
-- breakdowns: total, type
-- return: ssda903
WITH looked_after AS (  -- looked after at some time in the year, not only on short breaks
    SELECT DISTINCT e.CHILD FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start)
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
),
episodes_in_year AS (
    SELECT x.CHILD, CASE WHEN x.MISSING = 'M' THEN 'missing' ELSE 'away' END AS type
    FROM missing x CROSS JOIN meta m
    WHERE x.MIS_START BETWEEN m.collection_start AND m.collection_end AND x.MISSING IN ('M', 'A')
      AND x.CHILD IN (SELECT CHILD FROM looked_after)
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, count(DISTINCT CHILD) AS denominator,
       count(*) * 1.0 / nullif(count(DISTINCT CHILD), 0) AS value
FROM episodes_in_year
UNION ALL
SELECT 'type', t.type, count(x.CHILD), count(DISTINCT x.CHILD), count(x.CHILD) * 1.0 / nullif(count(DISTINCT x.CHILD), 0)
FROM (VALUES ('missing'), ('away')) t(type) LEFT JOIN episodes_in_year x ON x.type = t.type
GROUP BY t.type
