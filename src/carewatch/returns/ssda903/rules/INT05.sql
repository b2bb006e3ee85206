-- code: INT05
-- severity: error
-- message: Internal Check: Child in OC2 does not exist in Header.
-- table: OC2
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT05
SELECT x.row_id, x.CHILD AS child_id
FROM oc2 x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
