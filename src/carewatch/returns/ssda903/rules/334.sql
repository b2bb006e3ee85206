-- code: 334
-- severity: error
-- message: Date child started to be looked after in latest period of care must be on or prior to the date should
--   be placed for adoption.
-- table: AD1
-- fields: DATE_INT, DECOM, RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 334
-- The latest period of care starts at the child's latest episode with RNE = S.
WITH latest_start AS (
    SELECT row_id, CHILD, DECOM FROM episodes WHERE RNE = 'S' AND DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, row_id) = 1
),
pairs AS (
    SELECT s.row_id AS episode_row, a.row_id AS ad1_row, s.CHILD
    FROM latest_start s JOIN ad1 a ON a.CHILD = s.CHILD
    WHERE a.DATE_INT < s.DECOM
)
SELECT ad1_row AS row_id, CHILD AS child_id, 'AD1' AS table_name FROM pairs
UNION ALL
SELECT episode_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM pairs
