-- code: 574
-- severity: error
-- message: A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.
-- table: Missing
-- fields: MIS_START, MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 574
-- Each period against the child's previous one, in order of end date (an open period ordered by its start).
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, MIS_START,
           lag(MIS_END) OVER w AS prev_end,
           lag(row_id) OVER w AS prev_row
    FROM missing
    WINDOW w AS (PARTITION BY CHILD ORDER BY coalesce(MIS_END, MIS_START) NULLS LAST, MIS_START NULLS LAST, row_id)
)
WHERE prev_row IS NOT NULL AND (prev_end IS NULL OR MIS_START < prev_end)
