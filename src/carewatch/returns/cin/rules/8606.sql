-- code: 8606
-- severity: error
-- message: Child referral date is more than 40 weeks before DOB or expected DOB
-- table: CINdetails
-- fields: CINreferralDate, PersonBirthDate, ExpectedPersonBirthDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8606: <CINreferralDate> (N00100) cannot be more than 280 days before
--   <PersonBirthDate> (N00066) or <ExpectedPersonBirthDate> (N00098).
SELECT c.row_id
FROM cin_details c
JOIN child_identifiers i ON i.LAchildID = c.LAchildID
WHERE c.CINreferralDate < i.PersonBirthDate - INTERVAL 280 DAY
   OR c.CINreferralDate < i.ExpectedPersonBirthDate - INTERVAL 280 DAY
