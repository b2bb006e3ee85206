-- code: 1560Q
-- severity: query
-- message: Please check and either amend or provide a reason: Former UPN wrongly formatted
-- table: ChildIdentifiers
-- fields: FormerUPN
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1560Q: <FormerUPN> (N00002), where present, should be in the format
--   of the data table: a UPN, i.e. a letter and 12 digits, or a temporary UPN whose 13th character is a letter
--   (UPN data standard v2.0: Annnnnnnnnnnn or AnnnnnnnnnnnA). Letter case is not queried here.
SELECT row_id
FROM child_identifiers
WHERE FormerUPN IS NOT NULL AND NOT regexp_full_match(FormerUPN, '[A-Za-z][0-9]{11}[0-9A-Za-z]')
