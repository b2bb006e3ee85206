-- code: 607
-- severity: error
-- message: Child ceased to be looked after in the year, but mother field has not been completed.
-- table: Episodes
-- fields: DEC, REC, MOTHER, LS, SEX
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 607
-- A girl (SEX F from 2024-25) who left care in the year (REC other than X1, not a short break V3/V4) needs MOTHER.
WITH leavers AS (
    SELECT e.row_id AS ep_row, h.row_id AS h_row, e.CHILD
    FROM episodes e JOIN header h ON h.CHILD = e.CHILD, meta m
    WHERE e.DEC BETWEEN m.collection_start AND m.collection_end
      AND e.REC IS NOT NULL AND e.REC <> 'X1'
      AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4'
      AND h.SEX = 'F' AND h.MOTHER IS NULL
)
SELECT ep_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM leavers
UNION ALL
SELECT DISTINCT h_row, CHILD, 'Header' FROM leavers
