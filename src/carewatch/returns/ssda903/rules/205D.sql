-- code: 205D
-- severity: error
-- message: Child identified as UASC this year but not identified as UASC status provided for the child last year.
-- table: Header
-- fields: UASC, CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 205D
-- A child in both years' Header who is UASC now (has a UASC row) but had no UASC row last year.
SELECT h.row_id, h.CHILD AS child_id
FROM header h
WHERE h.CHILD IN (SELECT CHILD FROM header_last)
  AND h.CHILD IN (SELECT CHILD FROM uasc)
  AND h.CHILD NOT IN (SELECT CHILD FROM uasc_last WHERE CHILD IS NOT NULL)
