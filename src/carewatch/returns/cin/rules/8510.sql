-- code: 8510
-- severity: error
-- message: More than one child record with the same LA Child ID
-- table: ChildIdentifiers
-- fields: LAchildID
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8510: each <LAchildID> (N00097) must be unique across all children
--   within the same LA return. Every record sharing an ID is reported.
SELECT row_id
FROM child_identifiers
WHERE LAchildID IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
