-- code: 1520
-- severity: error
-- message: More than one record with the same UPN.
-- table: ChildIdentifiers
-- fields: UPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1520: each pupil <UPN> (N00001) must be unique across all pupils in
--   the extract. Every record sharing a UPN is reported.
SELECT row_id
FROM child_identifiers
WHERE UPN IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY UPN) > 1
