-- code: 8520
-- severity: error
-- message: Date of Birth is after data collection period (must be on or before the end of the census period)
-- table: ChildIdentifiers
-- fields: PersonBirthDate, ReferenceDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8520: <PersonBirthDate> (N00066) must be on or before the
--   <ReferenceDate> (N00603), or null.
SELECT i.row_id
FROM child_identifiers i CROSS JOIN meta m
WHERE i.PersonBirthDate > m.collection_end
