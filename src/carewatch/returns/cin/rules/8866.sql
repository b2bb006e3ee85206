-- code: 8866
-- severity: error
-- message: Source of Referral is missing or an invalid code
-- table: CINdetails
-- fields: CINreferralDate, ReferralSource
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8866: if CINreferralDate is on or after 1 April 2013 then
-- ReferralSource must be present and a valid code
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE CINreferralDate >= DATE '2013-04-01'
  AND (ReferralSource IS NULL OR ReferralSource NOT IN (SELECT code FROM codes WHERE list = 'referral_source'))
