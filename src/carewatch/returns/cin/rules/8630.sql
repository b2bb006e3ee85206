-- code: 8630
-- severity: error
-- message: CIN Closure Date is before CIN Referral Date for the same CIN episode
-- table: CINdetails
-- fields: CINreferralDate, CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8630: if present, CINclosureDate must be on or after CINreferralDate
-- in the same CINdetails
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE CINclosureDate < CINreferralDate
