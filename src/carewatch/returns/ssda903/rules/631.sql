-- code: 631
-- severity: error
-- message: Previous permanence option not a valid value.
-- table: PrevPerm
-- fields: PREV_PERM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 631
SELECT row_id, CHILD AS child_id
FROM prev_perm
WHERE PREV_PERM IS NOT NULL AND PREV_PERM NOT IN (SELECT code FROM codes WHERE list = 'prev_perm')
