-- code: 1550
-- severity: error
-- message: UPN invalid (character 13 not a recognised value)
-- table: ChildIdentifiers
-- fields: UPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1550: if a 13-character <UPN> (N00001) is present, character 13 must
--   be numeric or A-Z omitting I, O and S.
SELECT row_id
FROM child_identifiers
WHERE length(UPN) = 13 AND NOT regexp_full_match(substr(UPN, 13, 1), '[0-9A-HJ-NP-RT-Z]')
