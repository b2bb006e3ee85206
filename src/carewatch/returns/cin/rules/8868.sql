-- code: 8868
-- severity: error
-- message: CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag
-- table: CINdetails
-- fields: ICPCnotRequired, CINclosureDate, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8868: if CINclosureDate is present then every Section47 group of the
-- CINdetails must either include DateOfInitialCPC or have ICPCnotRequired true or 1. Findings point at the
-- CINdetails and each uncompleted enquiry.
WITH hits AS (
    SELECT c.row_id AS cin_row, s.row_id AS s47_row, c.LAchildID
    FROM cin_details c
    JOIN section47 s ON s.LAchildID = c.LAchildID AND s.CINdetailsID = c.CINdetailsID
    WHERE c.CINclosureDate_raw IS NOT NULL AND s.DateOfInitialCPC_raw IS NULL AND s.ICPCnotRequired IS NOT TRUE
)
SELECT DISTINCT cin_row AS row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM hits
UNION ALL
SELECT s47_row AS row_id, LAchildID AS child_id, 'Section47' AS table_name FROM hits
