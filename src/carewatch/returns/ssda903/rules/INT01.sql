-- code: INT01
-- severity: error
-- message: Data Integrity Check: Child in AD1 does not exist in Header.
-- table: AD1
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT01
SELECT x.row_id, x.CHILD AS child_id
FROM ad1 x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
