-- code: 4220
-- severity: error
-- message: Ethnicity is missing or invalid (see Ethnicity table)
-- table: ChildCharacteristics
-- fields: Ethnicity
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4220: <Ethnicity> (N00177) must be present and a valid code (code
--   list ethnicity).
SELECT row_id
FROM child_characteristics
WHERE Ethnicity IS NULL OR Ethnicity NOT IN (SELECT code FROM codes WHERE list = 'ethnicity')
