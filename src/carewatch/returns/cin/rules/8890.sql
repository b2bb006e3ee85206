-- code: 8890
-- severity: error
-- message: A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing
-- table: Section47
-- fields: S47ActualStartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8890: within one CINdetails each S47ActualStartDate must not fall on or
-- between (a) the S47ActualStartDate and DateOfInitialCPC of any other Section47 group that has a DateOfInitialCPC,
-- or (b) the S47ActualStartDate and the ReferenceDate of any other group with no DateOfInitialCPC whose
-- ICPCnotRequired is not true. Findings point at both enquiries.
WITH pairs AS (
    SELECT a.row_id AS a_row, b.row_id AS b_row, a.LAchildID
    FROM section47 a
    JOIN section47 b ON b.LAchildID = a.LAchildID AND b.CINdetailsID = a.CINdetailsID AND b.row_id <> a.row_id
    CROSS JOIN meta m
    WHERE a.S47ActualStartDate >= b.S47ActualStartDate
      AND (a.S47ActualStartDate <= b.DateOfInitialCPC
           OR (b.DateOfInitialCPC_raw IS NULL AND b.ICPCnotRequired IS NOT TRUE
               AND a.S47ActualStartDate <= m.collection_end))
)
SELECT a_row AS row_id, LAchildID AS child_id FROM pairs
UNION
SELECT b_row AS row_id, LAchildID AS child_id FROM pairs
