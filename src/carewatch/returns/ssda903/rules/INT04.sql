-- code: INT04
-- severity: error
-- message: Internal Check: Child in Missing does not exist in Header.
-- table: Missing
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT04
SELECT x.row_id, x.CHILD AS child_id
FROM missing x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
