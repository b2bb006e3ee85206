-- code: 1530
-- severity: error
-- message: UPN invalid (characters 2-4 not a recognised LA code)
-- table: ChildIdentifiers
-- fields: UPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1530 (2023-24 version): if a 13-character <UPN> (N00001) is present,
--   characters 2-4 must be a valid post April 1998 LA code or a recognised pseudo-LA code (code list upn_la).
SELECT row_id
FROM child_identifiers
WHERE length(UPN) = 13
  AND substr(UPN, 2, 3) NOT IN (SELECT code FROM codes WHERE list = 'upn_la')
