-- id: missing_incidents
-- title: Missing and away incidents of children looked after during the year
-- definition: Missing (M) and away (A) episodes in the 903 Missing table that started between 1 April and
--   31 March, for children looked after during the year (excluding those only on V3/V4 short breaks).
--   Breakdown by type: missing, away.
-- source: DfE, Children looked after in England including adoptions, "number of missing incidents" and
--   "number of away from placement incidents" (domain.md §3.2, §4.3 MISSING)
-- numerator: missing and away episodes starting in the year
-- denominator: none
-- unit: count
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
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, NULL AS denominator, count(*) AS value FROM episodes_in_year
UNION ALL
SELECT 'type', t.type, count(x.CHILD), NULL, count(x.CHILD)
FROM (VALUES ('missing'), ('away')) t(type) LEFT JOIN episodes_in_year x ON x.type = t.type
GROUP BY t.type
