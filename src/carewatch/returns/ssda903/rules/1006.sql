-- code: 1006
-- severity: error
-- message: Missing type invalid.
-- table: Missing
-- fields: MISSING
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1006: MISSING, when given, must be a valid code (M or A)
SELECT row_id, CHILD AS child_id
FROM missing
WHERE MISSING IS NOT NULL AND MISSING NOT IN (SELECT code FROM codes WHERE list = 'missing')
