-- id: cla_started
-- title: Children who started to be looked after during the year
-- definition: Children who started a period of care (an episode with reason for new episode S) between
--   1 April and 31 March, counted once however many times they started; periods that began under a series
--   of short-term breaks (V3/V4) are excluded. Breakdowns describe the child's first start in the year.
-- source: DfE, Children looked after in England including adoptions, "children who started to be looked
--   after" (only the first occasion in the year is counted; domain.md §3.2, rule 8)
-- numerator: children starting to be looked after in the year
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, legal_status, category_of_need
-- return: ssda903
WITH starts AS (
    SELECT e.CHILD, e.LS, e.CIN
    FROM episodes e CROSS JOIN meta m
    WHERE e.RNE = 'S' AND e.DECOM BETWEEN m.collection_start AND m.collection_end
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM) = 1
),
groups AS (
    SELECT 'total' AS breakdown, 'all' AS category, count(*) AS n FROM starts
    UNION ALL SELECT 'legal_status', coalesce(LS, 'unknown'), count(*) FROM starts GROUP BY LS
    UNION ALL SELECT 'category_of_need', coalesce(CIN, 'unknown'), count(*) FROM starts GROUP BY CIN
)
SELECT breakdown, category, n AS numerator, NULL AS denominator, n AS value FROM groups
