-- code: 8770Q
-- severity: query
-- message: Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.
-- table: ChildIdentifiers
-- fields: UPN, UPNunknown
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 8770Q: if ReferralNFA is 0 or false (on any CINdetails of
-- the child) and the child is of school age (born on or before 31 August six years before the year of the
-- ReferenceDate: in Year 1 or above in the school year that starts in the census year), then either UPN or a
-- valid UPNunknown other than UN1 ("not of school age") should be present
SELECT ci.row_id, ci.LAchildID AS child_id
FROM child_identifiers ci CROSS JOIN meta m
WHERE ci.PersonBirthDate <= make_date(year(m.collection_end) - 6, 8, 31)
  AND ci.UPN IS NULL
  AND coalesce(ci.UPNunknown, '') NOT IN (SELECT code FROM codes WHERE list = 'upn_unknown' AND code <> 'UN1')
  AND ci.LAchildID IN (SELECT LAchildID FROM cin_details WHERE ReferralNFA IS FALSE)
