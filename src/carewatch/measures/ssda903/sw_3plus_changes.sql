-- id: sw_3plus_changes
-- title: Children looked after at 31 March who had 3 or more social workers during the year
-- definition: Of the children looked after at 31 March (excluding V3/V4 short breaks, as cla_31mar), the
--   share who had three or more different social workers (distinct SW_ID in the social worker episodes)
--   between 1 April and 31 March. Social worker episodes are collected from 2023-24. Breakdown by number of
--   social workers: 1, 2, 3 or more, none recorded.
-- source: DfE, Children looked after in England including adoptions (social worker stability, new in 2024):
--   "CLA on 31 March", "3 or more social workers during the year" (domain.md §3.2, §4.3 SW_REASON)
-- numerator: children looked after at 31 March with 3 or more social workers in the year
-- denominator: children looked after at 31 March, excluding V3/V4
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total, social_workers
-- return: ssda903
WITH at_end AS (
    SELECT e.CHILD, e.LS
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM DESC) = 1
),
workers AS (
    SELECT s.CHILD, count(DISTINCT s.SW_ID) AS n
    FROM sw_episodes s CROSS JOIN meta m
    WHERE s.SW_ID IS NOT NULL AND s.SW_DECOM <= m.collection_end AND (s.SW_DEC IS NULL OR s.SW_DEC >= m.collection_start)
    GROUP BY s.CHILD
),
cla AS (
    SELECT a.CHILD, COALESCE(w.n, 0) AS n
    FROM at_end a LEFT JOIN workers w ON w.CHILD = a.CHILD
    WHERE a.LS IS NULL OR a.LS NOT IN ('V3', 'V4')
),
total AS (SELECT count(*) AS d FROM cla)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE n >= 3) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE n >= 3) / nullif(count(*), 0) AS value
FROM cla
UNION ALL
SELECT 'social_workers', CASE WHEN n = 0 THEN 'none recorded' WHEN n >= 3 THEN '3 or more' ELSE CAST(n AS VARCHAR) END,
       count(*), any_value(t.d), 100.0 * count(*) / nullif(any_value(t.d), 0)
FROM cla CROSS JOIN total t GROUP BY 2
