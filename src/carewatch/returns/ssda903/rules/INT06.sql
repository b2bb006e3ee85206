-- code: INT06
-- severity: error
-- message: Internal Check: Child in OC3 does not exist in Header.
-- table: OC3
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT06
SELECT x.row_id, x.CHILD AS child_id
FROM oc3 x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
