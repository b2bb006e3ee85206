-- code: 503G
-- severity: error
-- message: The distance in first episode does not match open episode at end of last year.
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 503G
-- PL_DISTANCE is derived from the placement and home postcodes (episodes_geo). This year's first episode against last
-- year's final episode (rule_tables.sql) when that one was still open at 31 March. Distances are given to 0.1 mile, so a
-- difference under 0.2 is rounding, not a move.
SELECT f.row_id, f.CHILD AS child_id
FROM first_episode f
JOIN final_episode_last l ON l.CHILD = f.CHILD
JOIN episodes_geo fg ON fg.row_id = f.row_id
JOIN episodes_geo_last lg ON lg.row_id = l.row_id
WHERE l.DEC IS NULL AND (round(abs(fg.PL_DISTANCE - lg.PL_DISTANCE), 1) >= 0.2 OR (lg.PL_DISTANCE IS NULL AND fg.PL_DISTANCE IS NOT NULL))
