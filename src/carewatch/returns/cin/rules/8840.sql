-- code: 8840
-- severity: error
-- message: Child Protection Plan cannot start and end on the same day
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8840: within a ChildProtectionPlans group CPPstartDate must not be
-- the same as CPPendDate
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE CPPstartDate = CPPendDate
