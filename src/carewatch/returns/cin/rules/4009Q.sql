-- code: 4009Q
-- severity: query
-- message: CIN Plan cannot end after the child’s Date of Death
-- table: CINplanDates
-- fields: PersonDeathDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4009Q: if <PersonDeathDate> (N00108) is present, <CINPlanEndDate>
--   (N00690) must be on or before it. The CIN plan and the child's identifiers are reported.
WITH late AS (
    SELECT p.row_id AS plan_row, i.row_id AS child_row
    FROM cin_plan_dates p JOIN child_identifiers i ON i.LAchildID = p.LAchildID
    WHERE p.CINPlanEndDate > i.PersonDeathDate
)
SELECT plan_row AS row_id, 'CINplanDates' AS table_name FROM late
UNION ALL
SELECT child_row AS row_id, 'ChildIdentifiers' AS table_name FROM late
