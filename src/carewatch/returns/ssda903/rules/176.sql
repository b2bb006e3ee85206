-- code: 176
-- severity: error
-- message: The gender of adopter(s) at the date of adoption code is not a valid code.
-- table: AD1
-- fields: SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 176 (if provided, SEX_ADOPTR must be a valid code)
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE SEX_ADOPTR IS NOT NULL AND SEX_ADOPTR NOT IN (SELECT code FROM codes WHERE list = 'sex_adoptr')
