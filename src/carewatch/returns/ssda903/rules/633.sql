-- code: 633
-- severity: error
-- message: Local authority code where previous permanence option was arranged is not a valid value.
-- table: PrevPerm
-- fields: LA_PERM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 633
SELECT row_id, CHILD AS child_id
FROM prev_perm
WHERE LA_PERM IS NOT NULL AND upper(LA_PERM) NOT IN (SELECT code FROM codes WHERE list = 'la_perm')
