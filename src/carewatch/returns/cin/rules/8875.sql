-- code: 8875
-- severity: error
-- message: The Date of Initial Child Protection Conference cannot be a weekend
-- table: Section47
-- fields: DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8875: where present, DateOfInitialCPC (Section47) must not be a
-- Saturday or Sunday
SELECT row_id, LAchildID AS child_id
FROM section47
WHERE isodow(DateOfInitialCPC) IN (6, 7)
