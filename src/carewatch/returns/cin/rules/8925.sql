-- code: 8925
-- severity: error
-- message: Child Protection Plan End Date earlier than Start Date
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8925: if present, CPPendDate must be on or after CPPstartDate
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE CPPendDate < CPPstartDate
