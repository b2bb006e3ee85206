-- code: INT09
-- severity: error
-- message: Internal Check: Child in UASC does not exist in Header.
-- table: UASC
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT09
SELECT x.row_id, x.CHILD AS child_id
FROM uasc x
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = x.CHILD)
