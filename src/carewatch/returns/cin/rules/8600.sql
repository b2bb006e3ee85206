-- code: 8600
-- severity: error
-- message: Child referral date missing or after data collection period
-- table: CINdetails
-- fields: CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8600: <CINreferralDate> (N00100) must be present (and a valid date)
--   and on or before the <ReferenceDate> (N00603).
SELECT c.row_id
FROM cin_details c CROSS JOIN meta m
WHERE c.CINreferralDate IS NULL OR c.CINreferralDate > m.collection_end
