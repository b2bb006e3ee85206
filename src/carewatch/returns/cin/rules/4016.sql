-- code: 4016
-- severity: error
-- message: A CIN Plan has been reported as open at the same time as a Child Protection Plan.
-- table: CINplanDates
-- fields: CINPlanStartDate, CPPstartDate, CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4016: the <CINPlanStartDate> (N00689) of any CIN plan cannot fall
--   within any of the child's protection plans, from <CPPstartDate> (N00105) to <CPPendDate> (N00115), or to the
--   <ReferenceDate> (N00603) when it has no end date, unless it equals that <CPPendDate>.
WITH hits AS (
    SELECT p.row_id AS plan_row, c.row_id AS cpp_row
    FROM cin_plan_dates p
    JOIN child_protection_plans c ON c.LAchildID = p.LAchildID
    CROSS JOIN meta m
    WHERE p.CINPlanStartDate >= c.CPPstartDate
      AND (p.CINPlanStartDate < c.CPPendDate OR (c.CPPendDate_raw IS NULL AND p.CINPlanStartDate <= m.collection_end))
)
SELECT plan_row AS row_id, 'CINplanDates' AS table_name FROM hits
UNION ALL
SELECT cpp_row AS row_id, 'ChildProtectionPlans' AS table_name FROM hits
