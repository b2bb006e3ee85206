-- code: 8770Q
-- severity: query
-- message: Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.
-- table: ChildIdentifiers
-- fields: UPN, UPNunknown
-- years: ..2023-24
-- source: DfE CIN census validation rules 2023-24, rule 8770Q: if ReferralNFA is 0 or false (on any CINdetails of
-- the child) and PersonBirthDate is on or before the ReferenceDate minus 6 years, then either UPN or a valid
-- UPNunknown other than UN1 ("not of school age") should be present
SELECT ci.row_id, ci.LAchildID AS child_id
FROM child_identifiers ci CROSS JOIN meta m
WHERE ci.PersonBirthDate <= m.collection_end - INTERVAL 6 YEAR
  AND ci.UPN IS NULL
  AND coalesce(ci.UPNunknown, '') NOT IN (SELECT code FROM codes WHERE list = 'upn_unknown' AND code <> 'UN1')
  AND ci.LAchildID IN (SELECT LAchildID FROM cin_details WHERE ReferralNFA IS FALSE)
