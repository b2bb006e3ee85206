-- code: 8530Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)
-- table: ChildIdentifiers
-- fields: ExpectedPersonBirthDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8530Q: if present, <ExpectedPersonBirthDate> (N00098) should be
--   between the <ReferenceDate> (N00603) minus 30 days and the <ReferenceDate> plus 9 months, inclusive.
SELECT i.row_id
FROM child_identifiers i CROSS JOIN meta m
WHERE i.ExpectedPersonBirthDate < m.collection_end - INTERVAL 30 DAY
   OR i.ExpectedPersonBirthDate > m.collection_end + INTERVAL 9 MONTH
