-- code: 8930
-- severity: error
-- message: Child Protection Plan End Date must fall within the census year
-- table: ChildProtectionPlans
-- fields: CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8930: if present, CPPendDate must fall within the period of the census
-- (inclusive)
SELECT p.row_id, p.LAchildID AS child_id
FROM child_protection_plans p CROSS JOIN meta m
WHERE p.CPPendDate NOT BETWEEN m.collection_start AND m.collection_end
