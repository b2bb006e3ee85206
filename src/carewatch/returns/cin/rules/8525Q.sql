-- code: 8525Q
-- severity: query
-- message: Either Date of Birth or Expected Date of Birth must be provided (but not both)
-- table: ChildIdentifiers
-- fields: PersonBirthDate, ExpectedPersonBirthDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8525Q: exactly one of <PersonBirthDate> (N00066) and
--   <ExpectedPersonBirthDate> (N00098) must be provided. Provided means the element holds text, valid or not.
SELECT row_id
FROM child_identifiers
WHERE (PersonBirthDate_raw IS NULL) = (ExpectedPersonBirthDate_raw IS NULL)
