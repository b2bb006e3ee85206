-- code: 8500
-- severity: error
-- message: LA Child ID missing
-- table: ChildIdentifiers
-- fields: LAchildID
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8500: <LAchildID> (N00097) must be present.
SELECT row_id FROM child_identifiers WHERE LAchildID IS NULL
