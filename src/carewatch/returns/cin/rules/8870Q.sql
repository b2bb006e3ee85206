-- code: 8870Q
-- severity: query
-- message: Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend
-- table: Section47
-- fields: InitialCPCtarget
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8870Q: where present, InitialCPCtarget should not be a Saturday or Sunday
SELECT row_id, LAchildID AS child_id
FROM section47
WHERE isodow(InitialCPCtarget) IN (6, 7)
