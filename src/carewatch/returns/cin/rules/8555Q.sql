-- code: 8555Q
-- severity: query
-- message: Child cannot be referred after its recorded date of death
-- table: CINdetails
-- fields: PersonDeathDate, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8555Q: if <PersonDeathDate> (N00108) is present, every
--   <CINreferralDate> (N00100) of the child must be on or before it.
SELECT c.row_id
FROM cin_details c
JOIN child_identifiers i ON i.LAchildID = c.LAchildID
WHERE c.CINreferralDate > i.PersonDeathDate
