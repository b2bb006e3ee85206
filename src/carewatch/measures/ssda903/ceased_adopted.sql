-- id: ceased_adopted
-- title: Children who ceased to be looked after during the year who were adopted
-- definition: Of the children who ceased to be looked after between 1 April and 31 March (as cla_ceased:
--   the last time in the year, short breaks excluded), the share adopted (E11, E12).
-- source: DfE, Children looked after in England including adoptions, "children who ceased to be looked
--   after during the year by reason episode ceased" (REC codes, domain.md §4.3)
-- numerator: children who ceased to be looked after, adopted (E11, E12)
-- denominator: children who ceased to be looked after in the year
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: ssda903
WITH ceased AS (
    SELECT e.CHILD, e.REC
    FROM episodes e CROSS JOIN meta m
    WHERE e.DEC BETWEEN m.collection_start AND m.collection_end AND e.REC IS NOT NULL AND e.REC <> 'X1'
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DEC DESC) = 1
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE REC IN ('E11', 'E12')) AS numerator,
       count(*) AS denominator, 100.0 * count(*) FILTER (WHERE REC IN ('E11', 'E12')) / nullif(count(*), 0) AS value
FROM ceased
