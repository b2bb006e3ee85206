-- code: 2884
-- severity: error
-- message: An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one
-- table: Section47
-- fields: DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2884: a conference's <DateOfInitialCPC> (N00110) is recorded either
--   on a Section47 module or on its CINdetails module, not both: a Section47 date equal to the CINdetails date of
--   the same CINdetails fails. Both rows are reported.
WITH both_levels AS (
    SELECT s.row_id AS s47_row, c.row_id AS cin_row
    FROM section47 s
    JOIN cin_details c ON c.LAchildID = s.LAchildID AND c.CINdetailsID = s.CINdetailsID
    WHERE s.DateOfInitialCPC = c.DateOfInitialCPC
)
SELECT s47_row AS row_id, 'Section47' AS table_name FROM both_levels
UNION ALL
SELECT cin_row AS row_id, 'CINdetails' AS table_name FROM both_levels
