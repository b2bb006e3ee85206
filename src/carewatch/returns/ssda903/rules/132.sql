-- code: 132
-- severity: error
-- message: Data entry for activity after leaving care is invalid.
-- table: OC3
-- fields: ACTIV
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 132 (ACTIV must be present and a valid code)
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE ACTIV IS NULL OR ACTIV NOT IN (SELECT code FROM codes WHERE list = 'activ')
