-- id: new_placements_over_20_miles
-- title: New placements during the year more than 20 miles from home
-- definition: Of the placements that started between 1 April and 31 March (as new_placements_outside_area),
--   the share more than 20 miles (straight line between the home and placement postcode centroids, 1 d.p.)
--   from the child's home, inside or outside the council's boundary. Placements whose distance is not known
--   (999.9, or a postcode not in the supplied list) stay in the denominator, as DfE counts them.
-- source: DfE, Children looked after in England including adoptions, "Location of new placements during the
--   year", placed more than 20 miles from home (distance formula: domain.md §4.6, rule 14)
-- numerator: new placements more than 20 miles from home
-- denominator: new placements in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: ssda903
WITH placed AS (
    SELECT COALESCE(g.PL_DISTANCE > 20 AND g.PL_DISTANCE < 999.9, FALSE) AS far
    FROM episodes e CROSS JOIN meta m LEFT JOIN episodes_geo g ON g.row_id = e.row_id
    WHERE e.DECOM BETWEEN m.collection_start AND m.collection_end AND e.RNE IN ('S', 'P', 'B', 'T', 'U')
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE far) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE far) / nullif(count(*), 0) AS value
FROM placed
