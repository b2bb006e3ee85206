-- code: 8794
-- severity: error
-- message: Child has two or more disabilities with the same code
-- table: Disabilities
-- fields: Disability
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8794: if a child has more than one Disability, none of the values
-- should appear more than once
SELECT row_id, LAchildID AS child_id
FROM disabilities
WHERE Disability IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID, Disability) > 1
