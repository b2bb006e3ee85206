-- code: 453
-- severity: error
-- message: Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 453: where last year's last episode was still open and this year's
-- first episode continues it (same RNE), PL_DISTANCE must not differ by 0.2 miles or more, nor appear this year
-- when it was blank last year. PL_DISTANCE is derived from HOME_POST and PL_POST. Distances have one decimal
-- place; the difference is rounded too, or 22.5 - 22.3 would come out just under 0.2 in floating point.
WITH first_now AS (
    SELECT row_id, CHILD, RNE FROM episodes
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id) = 1
),
last_before AS (
    SELECT row_id, CHILD, RNE, DEC_raw FROM episodes_last
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC NULLS LAST, row_id) = 1
),
continued AS (
    SELECT f.row_id, f.CHILD, l.row_id AS last_row
    FROM first_now f JOIN last_before l ON l.CHILD = f.CHILD
    WHERE l.DEC_raw IS NULL AND f.RNE = l.RNE
)
SELECT c.row_id, c.CHILD AS child_id
FROM continued c
JOIN episodes_geo g ON g.row_id = c.row_id
JOIN episodes_geo_last gl ON gl.row_id = c.last_row
WHERE (round(abs(g.PL_DISTANCE - gl.PL_DISTANCE), 1) >= 0.2 OR (gl.PL_DISTANCE IS NULL AND g.PL_DISTANCE IS NOT NULL))
