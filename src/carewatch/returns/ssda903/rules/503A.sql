-- code: 503A
-- severity: error
-- message: The reason for new episode in the first episode does not match open episode at end of last year.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 503A
-- This year's first episode against last year's final episode when that one was still open at 31 March.
-- The first episode is the earliest DECOM (then the earliest row); last year's final one the latest DECOM
-- (arg_min_null: a blank field on that episode is compared as blank, not skipped).
WITH first_ep AS (
    SELECT CHILD, arg_min(row_id, (DECOM, row_id)) AS row_id, arg_min_null(RNE, (DECOM, row_id)) AS v
    FROM episodes WHERE DECOM IS NOT NULL GROUP BY CHILD
), last_ep AS (
    SELECT CHILD, arg_max_null(RNE, (DECOM, -row_id)) AS v, arg_max(DEC IS NULL, (DECOM, -row_id)) AS still_open
    FROM episodes_last WHERE DECOM IS NOT NULL GROUP BY CHILD
)
SELECT f.row_id, f.CHILD AS child_id
FROM first_ep f JOIN last_ep l ON l.CHILD = f.CHILD
WHERE l.still_open AND f.v IS DISTINCT FROM l.v
