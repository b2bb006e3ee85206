-- code: 103
-- severity: error
-- message: The ethnicity code is either not valid or has not been entered.
-- table: Header
-- fields: ETHNIC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 103
SELECT row_id, CHILD AS child_id
FROM header
WHERE ETHNIC IS NULL OR ETHNIC NOT IN (SELECT code FROM codes WHERE list = 'ethnic')
