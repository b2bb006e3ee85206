-- id: new_placements_outside_area
-- title: New placements during the year outside the council's boundary
-- definition: Of the placements that started between 1 April and 31 March (episodes with reason for new
--   episode S, P, B, T or U, excluding V3/V4 short breaks), the share whose placement postcode lies outside the
--   council's upper-tier area. Location comes from the home and placement postcode centroids the user
--   supplies (--postcodes); a placement whose postcode cannot be placed counts in the denominator as
--   "Distance not known or not recorded", as DfE does. Breakdown: the DfE location and distance groups.
-- source: DfE, Children looked after in England including adoptions, "Location of new placements during the
--   year" (inside/outside LA boundary, less/more than 20 miles); distance and location as domain.md §4.6, rule 14
-- numerator: new placements outside the council's boundary
-- denominator: new placements in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total, location_distance
-- return: ssda903
WITH placed AS (
    SELECT CASE WHEN g.PL_LOCATION IS NULL OR g.PL_DISTANCE IS NULL OR g.PL_DISTANCE >= 999.9 THEN 'Distance not known or not recorded'
                ELSE 'Placed ' || CASE WHEN g.PL_LOCATION = 'IN' THEN 'inside' ELSE 'outside' END || ' LA boundary '
                     || CASE WHEN g.PL_DISTANCE <= 20 THEN 'less' ELSE 'more' END || ' than 20 miles from home' END AS grp,
           g.PL_LOCATION
    FROM episodes e CROSS JOIN meta m LEFT JOIN episodes_geo g ON g.row_id = e.row_id
    WHERE e.DECOM BETWEEN m.collection_start AND m.collection_end AND e.RNE IN ('S', 'P', 'B', 'T', 'U')
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
),
total AS (SELECT count(*) AS n FROM placed)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE PL_LOCATION = 'OUT') AS numerator,
       any_value(t.n) AS denominator, 100.0 * count(*) FILTER (WHERE PL_LOCATION = 'OUT') / nullif(any_value(t.n), 0) AS value
FROM placed CROSS JOIN total t
UNION ALL
SELECT 'location_distance', grp, count(*), any_value(t.n), 100.0 * count(*) / nullif(any_value(t.n), 0)
FROM placed CROSS JOIN total t GROUP BY grp
