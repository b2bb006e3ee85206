-- code: 205B
-- severity: error
-- message: Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does
--   not support this.
-- table: UASC
-- fields: DUC, UASC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 205B
-- UASC in both years (Header and UASC rows each year): last year's DUC must be the 18th birthday, and this
-- year's DUC must fall in this collection year or repeat last year's. A missing or unreadable DUC fails.
WITH both_years AS (
    SELECT u.row_id, u.CHILD, u.DUC, l.DUC AS duc_last, CAST(l.DOB + INTERVAL 18 YEAR AS DATE) AS dob18_last
    FROM uasc u
    JOIN uasc_last l ON l.CHILD = u.CHILD
    WHERE u.CHILD IN (SELECT CHILD FROM header) AND l.CHILD IN (SELECT CHILD FROM header_last)
),
bad AS (
    SELECT b.row_id, b.CHILD
    FROM both_years b CROSS JOIN meta m
    WHERE NOT COALESCE(b.duc_last = b.dob18_last, FALSE)
       OR NOT (COALESCE(b.DUC BETWEEN m.collection_start AND m.collection_end, FALSE) OR COALESCE(b.DUC = b.duc_last, FALSE))
)
SELECT row_id, CHILD AS child_id, 'UASC' AS table_name FROM bad
UNION ALL
SELECT h.row_id, h.CHILD AS child_id, 'Header' AS table_name FROM header h WHERE h.CHILD IN (SELECT CHILD FROM bad)
