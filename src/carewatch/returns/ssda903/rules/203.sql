-- code: 203
-- severity: error
-- message: Date of birth disagrees with the date of birth already recorded for this child.
-- table: Header
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 203
-- A date that does not parse is compared as missing (its own rule reports it).
SELECT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.DOB IS DISTINCT FROM l.DOB
