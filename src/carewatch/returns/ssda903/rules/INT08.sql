-- code: INT08
-- severity: error
-- message: Internal Check: Child in Reviews does not exist in Header.
-- table: Reviews
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT08
SELECT x.row_id, x.CHILD AS child_id
FROM reviews x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
