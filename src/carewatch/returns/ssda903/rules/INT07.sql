-- code: INT07
-- severity: error
-- message: Internal Check: Child in PrevPerm does not exist in Header.
-- table: PrevPerm
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT07
SELECT x.row_id, x.CHILD AS child_id
FROM prev_perm x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
