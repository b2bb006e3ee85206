-- code: 4015
-- severity: error
-- message: The CIN Plan start date cannot be before the referral date
-- table: CINplanDates
-- fields: CINPlanStartDate, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4015: where present, <CINPlanStartDate> (N00689) must be on or after
--   the <CINReferralDate> (N00100) of its CINdetails.
SELECT p.row_id
FROM cin_plan_dates p
JOIN cin_details c ON c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
WHERE p.CINPlanStartDate < c.CINreferralDate
