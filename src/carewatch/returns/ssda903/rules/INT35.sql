-- code: INT35
-- severity: error
-- message: Internal Check: Child should only exist once in PrevPerm.
-- table: PrevPerm
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT35
SELECT row_id, CHILD AS child_id
FROM prev_perm
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
