-- code: 202
-- severity: error
-- message: The gender code conflicts with the gender already recorded for this child.
-- table: Header
-- fields: SEX
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 202
SELECT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.SEX IS DISTINCT FROM l.SEX
