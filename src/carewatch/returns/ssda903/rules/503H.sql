-- code: 503H
-- severity: error
-- message: The placement LA in first episode does not match open episode at end of last year.
-- table: Episodes
-- fields: PL_LA
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 503H
-- PL_LA is derived from the placement and home postcodes (episodes_geo). This year's first episode against last
-- year's final episode (rule_tables.sql) when that one was still open at 31 March.
SELECT f.row_id, f.CHILD AS child_id
FROM first_episode f
JOIN final_episode_last l ON l.CHILD = f.CHILD
JOIN episodes_geo fg ON fg.row_id = f.row_id
JOIN episodes_geo_last lg ON lg.row_id = l.row_id
WHERE l.DEC IS NULL AND fg.PL_LA IS DISTINCT FROM lg.PL_LA
