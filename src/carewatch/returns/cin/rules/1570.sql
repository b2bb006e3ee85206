-- code: 1570
-- severity: error
-- message: LA Child ID must not be longer than 20 characters
-- table: ChildIdentifiers
-- fields: LAchildID
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 1570: <LAchildID> (N00097) must be 20 characters or fewer.
SELECT row_id
FROM child_identifiers
WHERE length(LAchildID) > 20
