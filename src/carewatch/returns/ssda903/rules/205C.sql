-- code: 205C
-- severity: error
-- message: Child not identified as UASC either this year or last year but date UASC ceased has been provided.
-- table: UASC
-- fields: DUC, UASC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 205C
-- Identified as UASC in a year = the return has both a Header and a UASC row for the child. A UASC row with a
-- DUC (this year's or last year's) for a child identified in neither year fails.
SELECT u.row_id, u.CHILD AS child_id
FROM uasc u
LEFT JOIN uasc_last l ON l.CHILD = u.CHILD
WHERE u.CHILD NOT IN (SELECT CHILD FROM header WHERE CHILD IS NOT NULL)
  AND NOT (l.CHILD IS NOT NULL AND l.CHILD IN (SELECT CHILD FROM header_last WHERE CHILD IS NOT NULL))
  AND (u.DUC_raw IS NOT NULL OR l.DUC_raw IS NOT NULL)
