-- code: 8535Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth
-- table: ChildIdentifiers
-- fields: PersonDeathDate, PersonBirthDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8535Q: <PersonDeathDate> (N00108), where present, must be on or
--   after <PersonBirthDate> (N00066); a death date with no date of birth is queried too.
SELECT row_id
FROM child_identifiers
WHERE PersonDeathDate IS NOT NULL AND (PersonBirthDate IS NULL OR PersonBirthDate > PersonDeathDate)
