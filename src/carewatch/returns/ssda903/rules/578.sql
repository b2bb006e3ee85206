-- code: 578
-- severity: error
-- message: The date that the child started to be missing is after the child ceased to be looked after.
-- table: Missing
-- fields: MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 578
-- Periods of care (only for children in the Missing table): the child's episodes in start order; a new period
-- starts when an episode begins after the previous one ended. A period runs from its first DECOM to the DEC of its
-- last episode (blank while open).
WITH ordered AS (
    SELECT CHILD, DECOM, DEC, row_id,
           CASE WHEN lag(row_id) OVER w IS NULL OR DECOM > lag(DEC) OVER w THEN 1 ELSE 0 END AS starts
    FROM episodes
    WHERE DECOM IS NOT NULL AND CHILD IN (SELECT CHILD FROM missing)
    WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, row_id)
), numbered AS (
    SELECT *, sum(starts) OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) AS period FROM ordered
), periods AS (
    SELECT CHILD, min(DECOM) AS poc_start, arg_max_null(DEC, (DECOM, row_id)) AS poc_end
    FROM numbered
    GROUP BY CHILD, period
)
-- Fails when the missing period starts outside every one of the child's periods of care.
SELECT s.row_id, s.CHILD AS child_id
FROM missing s JOIN periods p ON p.CHILD = s.CHILD
GROUP BY s.row_id, s.CHILD
HAVING bool_and(COALESCE(s.MIS_START < p.poc_start OR (p.poc_end IS NOT NULL AND s.MIS_START > p.poc_end), FALSE))
