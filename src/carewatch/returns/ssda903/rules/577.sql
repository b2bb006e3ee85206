-- code: 577
-- severity: error
-- message: Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.
-- table: Missing
-- fields: MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 577
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
-- A missing period must fit in one of the child's periods of care: it fails when, for every period, it is still
-- open after the period ended, open but started before it, or ends outside it.
SELECT s.row_id, s.CHILD AS child_id
FROM missing s JOIN periods p ON p.CHILD = s.CHILD
WHERE s.MIS_START IS NOT NULL
GROUP BY s.row_id, s.CHILD
HAVING bool_and(COALESCE(
    (s.MIS_END IS NULL AND p.poc_end IS NOT NULL)
    OR (s.MIS_END IS NULL AND s.MIS_START < p.poc_start)
    OR s.MIS_END > p.poc_end
    OR s.MIS_END < p.poc_start, FALSE))
