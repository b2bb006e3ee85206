-- code: 8675Q
-- severity: query
-- message: Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.
-- table: Section47
-- fields: DateOfInitialCPC, S47ActualStartDate, ICPCnotRequired
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8675Q: if DateOfInitialCPC is not present and ICPCnotRequired is
-- false then S47ActualStartDate should not be before the ReferenceDate minus 15 working days
WITH limit_day AS (SELECT add_working_days(collection_end, -15) AS day FROM meta)
SELECT s.row_id, s.LAchildID AS child_id
FROM section47 s CROSS JOIN limit_day l
WHERE s.DateOfInitialCPC_raw IS NULL
  AND s.ICPCnotRequired IS FALSE
  AND s.S47ActualStartDate < l.day
