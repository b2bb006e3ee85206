-- code: 1105
-- severity: error
-- message: The child protection plan start date cannot be before the referral date
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1105: where present, <CPPStartDate> (N00105) must be on or after
--   the <CINReferralDate> (N00100) of its CINdetails.
SELECT p.row_id
FROM child_protection_plans p
JOIN cin_details c ON c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
WHERE p.CPPstartDate < c.CINreferralDate
