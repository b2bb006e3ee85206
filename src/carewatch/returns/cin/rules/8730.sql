-- code: 8730
-- severity: error
-- message: Total Number of previous Child Protection Plans missing
-- table: ChildProtectionPlans
-- fields: NumberOfPreviousCPP
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8730: where a ChildProtectionPlans group is present,
-- NumberOfPreviousCPP must be greater than or equal to zero (a blank or non-number is not)
SELECT row_id, LAchildID AS child_id
FROM child_protection_plans
WHERE NumberOfPreviousCPP IS NULL OR NumberOfPreviousCPP < 0
