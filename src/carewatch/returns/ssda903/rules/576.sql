-- code: 576
-- severity: error
-- message: There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.
-- table: Missing
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 576
-- The child's earliest missing period this year must be the period left open last year (same start date).
WITH first_mis AS (
    SELECT row_id, CHILD, MIS_START FROM missing
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY MIS_START NULLS LAST, row_id) = 1
)
SELECT DISTINCT f.row_id, f.CHILD AS child_id
FROM first_mis f JOIN missing_last l ON l.CHILD = f.CHILD
WHERE l.MIS_END_raw IS NULL AND l.MIS_START IS NOT NULL AND f.MIS_START IS DISTINCT FROM l.MIS_START
