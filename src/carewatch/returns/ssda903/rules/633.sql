-- code: 633
-- severity: error
-- message: Local authority code where previous permanence option was arranged is not a valid value.
-- table: PrevPerm
-- fields: LA_PERM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 633
SELECT row_id, CHILD AS child_id
FROM prev_perm
-- Any DfE council code, past or present (an order may be years old), or a place outside England.
WHERE LA_PERM IS NOT NULL AND upper(LA_PERM) NOT IN (
    SELECT la_code FROM local_authorities UNION ALL SELECT code FROM codes WHERE list = 'la_perm_outside_england'
)
