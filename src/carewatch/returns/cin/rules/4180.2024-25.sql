-- code: 4180
-- severity: error
-- message: Sex must be provided and equal M, F, or U
-- table: ChildIdentifiers
-- fields: Sex
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 4180: <Sex> (N00783) must be present and equal M, F or U
--   (code list sex).
SELECT row_id
FROM child_identifiers
WHERE Sex IS NULL OR Sex NOT IN (SELECT code FROM codes WHERE list = 'sex')
