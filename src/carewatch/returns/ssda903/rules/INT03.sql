-- code: INT03
-- severity: error
-- message: Internal Check: Child in Episodes does not exist in Header.
-- table: Episodes
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT03
SELECT x.row_id, x.CHILD AS child_id
FROM episodes x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
