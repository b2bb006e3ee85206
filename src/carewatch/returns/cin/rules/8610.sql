-- code: 8610
-- severity: error
-- message: Primary Need code is missing for a referral which led to further action.
-- table: CINdetails
-- fields: ReferralNFA, PrimaryNeedCode
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8610: if ReferralNFA is false or 0 then PrimaryNeedCode must be present
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE ReferralNFA IS FALSE AND PrimaryNeedCode IS NULL
