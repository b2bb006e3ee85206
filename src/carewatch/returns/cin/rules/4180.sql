-- code: 4180
-- severity: error
-- message: Gender is missing
-- table: ChildIdentifiers
-- fields: GenderCurrent
-- years: ..2023-24
-- source: DfE CIN census validation rules, rule 4180 (to 2023-24): <GenderCurrent> (N00065) must be present and a
--   valid code (0, 1, 2, 9; code list sex).
SELECT row_id
FROM child_identifiers
WHERE GenderCurrent IS NULL OR GenderCurrent NOT IN (SELECT code FROM codes WHERE list = 'sex')
