-- code: 377
-- severity: error
-- message: Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.
-- table: Episodes
-- fields: PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 377: at most two T3 placements in any 12-month period
-- Any 12 months holding three or more T3 episodes can be moved to start on the earliest of them, so each T3
-- episode opens one window of a year; a window with more than two T3 episodes flags all of them.
WITH t3 AS (
    SELECT row_id, CHILD, DECOM FROM episodes WHERE PLACE = 'T3' AND DECOM IS NOT NULL
),
members AS (
    SELECT w.row_id AS window_row, b.row_id, b.CHILD
    FROM t3 w JOIN t3 b ON b.CHILD = w.CHILD AND b.DECOM >= w.DECOM AND b.DECOM < w.DECOM + INTERVAL 1 YEAR
),
crowded AS (
    SELECT window_row FROM members GROUP BY window_row HAVING count(*) > 2
)
SELECT m.row_id, m.CHILD AS child_id FROM members m JOIN crowded c ON c.window_row = m.window_row
