-- code: 8935
-- severity: error
-- message: This child is showing more than one open Child Protection plan, i.e. with no End Date
-- table: ChildProtectionPlans
-- fields: CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8935: a child must have only one ChildProtectionPlans group with no
-- CPPendDate (across all its CINdetails). Findings point at each open plan.
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE CPPendDate_raw IS NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
