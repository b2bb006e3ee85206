-- code: 1580
-- severity: error
-- message: LA Child ID must not contain any non-alphanumeric characters
-- table: ChildIdentifiers
-- fields: LAchildID
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 1580: <LAchildID> (N00097) must hold only letters A-Z, a-z
--   and digits 0-9 (a missing ID is rule 8500).
SELECT row_id
FROM child_identifiers
WHERE LAchildID IS NOT NULL AND NOT regexp_full_match(LAchildID, '[A-Za-z0-9]+')
