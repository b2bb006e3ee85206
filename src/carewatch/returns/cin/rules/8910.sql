-- code: 8910
-- severity: error
-- message: Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)
-- table: ChildProtectionPlans
-- fields: LatestCategoryOfAbuse
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8910: where a ChildProtectionPlans group is present,
-- LatestCategoryOfAbuse must be present and a valid code
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE LatestCategoryOfAbuse IS NULL
   OR LatestCategoryOfAbuse NOT IN (SELECT code FROM codes WHERE list = 'category_of_abuse')
