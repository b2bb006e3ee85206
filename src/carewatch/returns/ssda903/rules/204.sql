-- code: 204
-- severity: error
-- message: Ethnic origin code disagrees with the ethnic origin already recorded for this child.
-- table: Header
-- fields: ETHNIC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 204
SELECT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.ETHNIC IS DISTINCT FROM l.ETHNIC
