-- code: 4001
-- severity: error
-- message: A CIN Plan cannot run concurrently with a Child Protection Plan
-- table: CINplanDates
-- fields: CINPlanEndDate, CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4001: if a <CINDetails> module has a <ChildProtectionPlan> module
--   with no <CPPendDate> (N00115), it must not have a <CINPlanDates> module with no <CINPlanEndDate> (N00690).
--   Both the open CIN plan and the open protection plan are reported.
WITH pairs AS (
    SELECT p.row_id AS plan_row, c.row_id AS cpp_row
    FROM cin_plan_dates p
    JOIN child_protection_plans c ON c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
    WHERE p.CINPlanEndDate_raw IS NULL AND c.CPPendDate_raw IS NULL
)
SELECT plan_row AS row_id, 'CINplanDates' AS table_name FROM pairs
UNION ALL
SELECT cpp_row AS row_id, 'ChildProtectionPlans' AS table_name FROM pairs
