-- code: 452
-- severity: error
-- message: Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.
-- table: Episodes
-- fields: PL_LA
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 452: where last year's last episode was still open and this year's
-- first episode continues it (same RNE), PL_LA must be the same. PL_LA is derived from PL_POST; blank matches blank.
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
WHERE g.PL_LA IS DISTINCT FROM gl.PL_LA
