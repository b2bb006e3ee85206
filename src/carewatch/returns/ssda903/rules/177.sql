-- code: 177
-- severity: error
-- message: The legal status of adopter(s) code is not a valid code.
-- table: AD1
-- fields: LS_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 177 (if provided, LS_ADOPTR must be a valid code)
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE LS_ADOPTR IS NOT NULL AND LS_ADOPTR NOT IN (SELECT code FROM codes WHERE list = 'ls_adoptr')
