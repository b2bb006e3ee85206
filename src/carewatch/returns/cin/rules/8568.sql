-- code: 8568
-- severity: error
-- message: RNFA flag is missing or invalid
-- table: CINdetails
-- fields: ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8568: <ReferralNFA> (N00112) must be present and be 1 or 0, true or
--   false (any letter case).
SELECT row_id FROM cin_details WHERE ReferralNFA IS NULL
