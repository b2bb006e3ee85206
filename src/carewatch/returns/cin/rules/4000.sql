-- code: 4000
-- severity: error
-- message: CIN Plan details provided for a referral with no further action
-- table: CINplanDates
-- fields: ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4000: a <CINDetails> module with <ReferralNFA> (N00112) true or 1
--   cannot have a <CINPlanDates> module. The CIN plan rows are reported.
SELECT p.row_id
FROM cin_plan_dates p
JOIN cin_details c ON c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
WHERE c.ReferralNFA
