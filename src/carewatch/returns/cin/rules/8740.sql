-- code: 8740
-- severity: error
-- message: For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year
-- table: Section47
-- fields: S47ActualStartDate, DateOfInitialCPC, ICPCnotRequired
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8740: if a Section47 group has no DateOfInitialCPC and ICPCnotRequired
-- is false, then S47ActualStartDate must be on or between the start of the census year and the ReferenceDate
SELECT s.row_id, s.LAchildID AS child_id
FROM section47 s CROSS JOIN meta m
WHERE s.DateOfInitialCPC_raw IS NULL
  AND s.ICPCnotRequired IS FALSE
  AND (s.S47ActualStartDate_raw IS NULL
       OR s.S47ActualStartDate NOT BETWEEN m.collection_start AND m.collection_end)
