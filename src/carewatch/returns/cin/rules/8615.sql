-- code: 8615
-- severity: error
-- message: Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference
-- table: Section47
-- fields: S47ActualStartDate, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8615: within a Section47 group, if DateOfInitialCPC is present then
-- S47ActualStartDate must be present and on or before DateOfInitialCPC
SELECT row_id, LAchildID AS child_id
FROM section47
WHERE DateOfInitialCPC_raw IS NOT NULL
  AND (S47ActualStartDate_raw IS NULL OR S47ActualStartDate > DateOfInitialCPC)
