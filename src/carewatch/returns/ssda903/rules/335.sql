-- code: 335
-- severity: error
-- message: The current foster value (0) suggests that child is not adopted by current foster carer, but last
--   placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster
--   carer, but last placement is A1, A4 or A6.
-- table: AD1
-- fields: PLACE, FOSTER_CARE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 335
-- The placement of the episode ending in adoption (REC E1, E11, E12): with the current carer (A2 A3 A5) needs
-- FOSTER_CARE 1; not with the current carer (A1 A4 A6) needs FOSTER_CARE 0.
WITH pairs AS (
    SELECT e.row_id AS episode_row, a.row_id AS ad1_row, e.CHILD
    FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
    WHERE e.REC IN ('E1', 'E11', 'E12')
      AND ((e.PLACE IN ('A2', 'A3', 'A5') AND a.FOSTER_CARE = '0') OR (e.PLACE IN ('A1', 'A4', 'A6') AND a.FOSTER_CARE = '1'))
)
SELECT ad1_row AS row_id, CHILD AS child_id, 'AD1' AS table_name FROM pairs
UNION ALL
SELECT episode_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM pairs
