-- code: 407
-- severity: error
-- message: Reason episode ceased is Special Guardianship Order, but child has reached age 18.
-- table: Episodes
-- fields: DEC, DOB, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 407: if REC is E45, E46, E47 or E48 then DOB must be less than
-- 18 years before DEC. Findings point at the episode and the child's Header row (DOB).
WITH late AS (
    SELECT e.row_id AS episode_row, h.row_id AS header_row, e.CHILD
    FROM episodes e JOIN header h ON h.CHILD = e.CHILD
    WHERE e.REC IN ('E45', 'E46', 'E47', 'E48') AND e.DEC > h.DOB + INTERVAL 18 YEAR
)
SELECT episode_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM late
UNION ALL
SELECT header_row AS row_id, CHILD AS child_id, 'Header' AS table_name FROM late
