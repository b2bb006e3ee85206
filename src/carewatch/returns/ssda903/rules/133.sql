-- code: 133
-- severity: error
-- message: Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid
-- table: OC3
-- fields: ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 133 (ACCOM must be present and a valid code)
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE ACCOM IS NULL OR ACCOM NOT IN (SELECT code FROM codes WHERE list = 'accom')
