-- code: 8905
-- severity: error
-- message: Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)
-- table: ChildProtectionPlans
-- fields: InitialCategoryOfAbuse
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8905: where a ChildProtectionPlans group is present,
-- InitialCategoryOfAbuse must be present and a valid code
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE InitialCategoryOfAbuse IS NULL
   OR InitialCategoryOfAbuse NOT IN (SELECT code FROM codes WHERE list = 'category_of_abuse')
