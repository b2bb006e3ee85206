-- code: 8545Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Child's date of death should be within the census year
-- table: ChildIdentifiers
-- fields: PersonDeathDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8545Q: if present, <PersonDeathDate> (N00108) must be within
--   [Period_of_Census] (1 April to 31 March, inclusive).
SELECT i.row_id
FROM child_identifiers i CROSS JOIN meta m
WHERE i.PersonDeathDate NOT BETWEEN m.collection_start AND m.collection_end
