-- code: 705
-- severity: error
-- message: A DoLO cannot start when the previous DoLO is still open.
-- table: DoLo
-- fields: DOLO_START, DOLO_END
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 705
-- Each DoLO against the child's previous one in start order: the previous one must have ended (an end date
-- given) on or before this start.
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, DOLO_START,
        lag(row_id) OVER w AS prev_row, lag(DOLO_END) OVER w AS prev_end, lag(DOLO_END_raw) OVER w AS prev_end_raw
    FROM dolo
    WHERE DOLO_START IS NOT NULL AND CHILD IS NOT NULL
    WINDOW w AS (PARTITION BY CHILD ORDER BY DOLO_START, row_id)
)
WHERE prev_row IS NOT NULL AND (prev_end_raw IS NULL OR DOLO_START < prev_end)
