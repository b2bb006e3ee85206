-- code: 145
-- severity: error
-- message: Category of need code is not a valid code.
-- table: Episodes
-- fields: CIN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 145 (if provided, CIN must be a valid code)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE CIN IS NOT NULL AND CIN NOT IN (SELECT code FROM codes WHERE list = 'cin')
