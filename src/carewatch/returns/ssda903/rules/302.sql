-- code: 302
-- severity: error
-- message: First episode starts before child was born.
-- table: Episodes
-- fields: DECOM, DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 302
-- The child's earliest episode in this return (its 'S' episode may be in an earlier year).
WITH first_episode AS (
    SELECT row_id, CHILD, DECOM FROM episodes WHERE DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
),
bad AS (
    SELECT f.row_id, f.CHILD, h.row_id AS header_row
    FROM first_episode f JOIN header h ON h.CHILD = f.CHILD
    WHERE h.DOB > f.DECOM
)
SELECT row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT header_row AS row_id, CHILD AS child_id, 'Header' AS table_name FROM bad
