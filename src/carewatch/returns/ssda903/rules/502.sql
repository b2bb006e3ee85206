-- code: 502
-- severity: error
-- message: Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 502
WITH first_ep AS (
    SELECT row_id, CHILD, DECOM FROM episodes
    WHERE DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
)
SELECT DISTINCT f.row_id, f.CHILD AS child_id
FROM first_ep f JOIN episodes_last l ON l.CHILD = f.CHILD
WHERE l.DEC IS NULL AND f.DECOM IS DISTINCT FROM l.DECOM
