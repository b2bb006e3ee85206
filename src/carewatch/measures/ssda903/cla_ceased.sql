-- id: cla_ceased
-- title: Children who ceased to be looked after during the year
-- definition: Children whose period of care ended between 1 April and 31 March (an episode ending with a
--   reason other than X1), counted once, by the reason for the last time they left care in the year;
--   periods under a series of short-term breaks (V3/V4) are excluded.
-- source: DfE, Children looked after in England including adoptions, "children who ceased to be looked
--   after" (the last occasion in the year is counted; reasons grouped as REC codes)
-- numerator: children ceasing to be looked after in the year
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, reason
-- return: ssda903
WITH ceased AS (
    SELECT e.CHILD, e.REC
    FROM episodes e CROSS JOIN meta m
    WHERE e.DEC BETWEEN m.collection_start AND m.collection_end AND e.REC IS NOT NULL AND e.REC <> 'X1'
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DEC DESC) = 1
),
groups AS (
    SELECT 'total' AS breakdown, 'all' AS category, count(*) AS n FROM ceased
    UNION ALL
    SELECT 'reason',
           CASE WHEN REC IN ('E11', 'E12') THEN 'adopted'
                WHEN REC IN ('E45', 'E46', 'E47', 'E48') THEN 'special guardianship order'
                WHEN REC IN ('E4A', 'E4B', 'E13') THEN 'returned home or to live with family'
                WHEN REC = 'E41' THEN 'child arrangements order'
                WHEN REC IN ('E5', 'E6', 'E17') THEN 'independent living or staying with carers at 18+'
                WHEN REC IN ('E9', 'E14') THEN 'custody or remand ended'
                ELSE 'other' END,
           count(*)
    FROM ceased GROUP BY 2
)
SELECT breakdown, category, n AS numerator, NULL AS denominator, n AS value FROM groups
