-- code: 143
-- severity: error
-- message: The reason for new episode code is not a valid code.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 143 (if provided, RNE must be a valid code)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE RNE IS NOT NULL AND RNE NOT IN (SELECT code FROM codes WHERE list = 'rne')
