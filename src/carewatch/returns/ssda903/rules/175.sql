-- code: 175
-- severity: error
-- message: The number of adopter(s) code is not a valid code.
-- table: AD1
-- fields: NB_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 175 (if provided, NB_ADOPTR must be a valid code)
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE NB_ADOPTR IS NOT NULL AND NB_ADOPTR NOT IN (SELECT code FROM codes WHERE list = 'nb_adoptr')
