-- code: 1540
-- severity: error
-- message: UPN invalid (characters 5-12 not all numeric)
-- table: ChildIdentifiers
-- fields: UPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1540: if <UPN> (N00001) is present, characters 5-12 must be numeric
--   (a UPN too short to have them fails).
SELECT row_id
FROM child_identifiers
WHERE UPN IS NOT NULL AND NOT regexp_full_match(substr(UPN, 5, 8), '[0-9]{8}')
