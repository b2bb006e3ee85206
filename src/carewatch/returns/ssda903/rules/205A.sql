-- code: 205A
-- severity: error
-- message: Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both
--   years does not support this.
-- table: UASC
-- fields: CHILD, UASC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 205A
-- A child is identified as UASC in a year when the return has both a Header and a UASC row for it.
-- Was UASC last year and not this year: last year's DUC must fall in last year's collection period, and no
-- DUC may be given this year. Two ways a child stops being identified this year: its UASC row has no
-- Header row (finding on the UASC row), or it is looked after this year with no UASC row (finding on Header).
WITH m AS (
    SELECT collection_start - INTERVAL 1 YEAR AS start_last, collection_end - INTERVAL 1 YEAR AS end_last FROM meta
),
uasc_last_year AS (
    SELECT u.CHILD, u.DUC
    FROM uasc_last u
    WHERE u.CHILD IN (SELECT CHILD FROM header_last)
),
ceased_last_year AS (
    SELECT l.CHILD, COALESCE(l.DUC BETWEEN m.start_last AND m.end_last, FALSE) AS duc_in_last_year
    FROM uasc_last_year l CROSS JOIN m
)
SELECT u.row_id, u.CHILD AS child_id, 'UASC' AS table_name
FROM uasc u JOIN ceased_last_year c ON c.CHILD = u.CHILD
WHERE u.CHILD NOT IN (SELECT CHILD FROM header WHERE CHILD IS NOT NULL)
  AND (u.DUC_raw IS NOT NULL OR NOT c.duc_in_last_year)
UNION ALL
SELECT h.row_id, h.CHILD AS child_id, 'Header' AS table_name
FROM header h JOIN ceased_last_year c ON c.CHILD = h.CHILD
WHERE h.CHILD NOT IN (SELECT CHILD FROM uasc WHERE CHILD IS NOT NULL)
  AND h.CHILD IN (SELECT CHILD FROM episodes)
  AND NOT c.duc_in_last_year
