-- code: 8750
-- severity: error
-- message: Gender must equal 0 for an unborn child
-- table: ChildIdentifiers
-- fields: GenderCurrent, PersonBirthDate, ExpectedPersonBirthDate
-- years: ..2023-24
-- source: DfE CIN census validation rules 2023-24, rule 8750: if ExpectedPersonBirthDate is present and
-- PersonBirthDate is blank then GenderCurrent must equal 0
SELECT row_id, LAchildID AS child_id
FROM child_identifiers
WHERE PersonBirthDate_raw IS NULL
  AND ExpectedPersonBirthDate_raw IS NOT NULL
  AND GenderCurrent IS DISTINCT FROM '0'
