-- code: 4008
-- severity: error
-- message: CIN Plan shown as starting after the child’s Date of Death.
-- table: CINplanDates
-- fields: PersonDeathDate, CINPlanStartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4008: if <PersonDeathDate> (N00108) is present, <CINPlanStartDate>
--   (N00689) must be on or before it. The CIN plan and the child's identifiers are reported.
WITH late AS (
    SELECT p.row_id AS plan_row, i.row_id AS child_row
    FROM cin_plan_dates p JOIN child_identifiers i ON i.LAchildID = p.LAchildID
    WHERE p.CINPlanStartDate > i.PersonDeathDate
)
SELECT plan_row AS row_id, 'CINplanDates' AS table_name FROM late
UNION ALL
SELECT child_row AS row_id, 'ChildIdentifiers' AS table_name FROM late
