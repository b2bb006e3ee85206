-- code: 8720
-- severity: error
-- message: Child Protection Plan Start Date missing or out of data collection period
-- table: ChildProtectionPlans
-- fields: CPPstartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8720: where a ChildProtectionPlans group is present, CPPstartDate
-- must be present and on or before the ReferenceDate
SELECT p.row_id, p.LAchildID AS child_id
FROM child_protection_plans p CROSS JOIN meta m
WHERE p.CPPstartDate_raw IS NULL OR p.CPPstartDate > m.collection_end
