-- code: 8750
-- severity: error
-- message: Sex must equal U for an unborn child
-- table: ChildIdentifiers
-- fields: Sex, PersonBirthDate, ExpectedPersonBirthDate
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 8750: if ExpectedPersonBirthDate is present and
-- PersonBirthDate is blank then Sex must equal U
SELECT row_id, LAchildID AS child_id
FROM child_identifiers
WHERE PersonBirthDate_raw IS NULL
  AND ExpectedPersonBirthDate_raw IS NOT NULL
  AND Sex IS DISTINCT FROM 'U'
