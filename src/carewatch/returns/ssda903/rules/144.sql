-- code: 144
-- severity: error
-- message: The legal status code is not a valid code.
-- table: Episodes
-- fields: LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 144 (if provided, LS must be a valid code)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE LS IS NOT NULL AND LS NOT IN (SELECT code FROM codes WHERE list = 'ls')
