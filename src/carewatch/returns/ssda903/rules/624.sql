-- code: 624
-- severity: error
-- message: Date of birth of the first child contradicts the date of birth of the first child previously recorded.
-- table: Header
-- fields: MC_DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 624
-- Compared as dates where both parse, else as the text received (a blank this year differs from a date last year).
SELECT DISTINCT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE l.MC_DOB_raw IS NOT NULL
  AND COALESCE(CAST(h.MC_DOB AS VARCHAR), h.MC_DOB_raw) IS DISTINCT FROM COALESCE(CAST(l.MC_DOB AS VARCHAR), l.MC_DOB_raw)
