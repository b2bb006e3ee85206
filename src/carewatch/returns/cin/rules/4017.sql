-- code: 4017
-- severity: error
-- message: A CIN Plan has been reported as open at the same time as a Child Protection Plan.
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CINPlanStartDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4017: the <CPPstartDate> (N00105) of any protection plan cannot fall
--   within any of the child's CIN plans, from <CINPlanStartDate> (N00689) to <CINPlanEndDate> (N00690), or to the
--   <ReferenceDate> (N00603) when it has no end date, unless it equals that <CINPlanEndDate>.
WITH hits AS (
    SELECT c.row_id AS cpp_row, p.row_id AS plan_row
    FROM child_protection_plans c
    JOIN cin_plan_dates p ON p.LAchildID = c.LAchildID
    CROSS JOIN meta m
    WHERE c.CPPstartDate >= p.CINPlanStartDate
      AND (c.CPPstartDate < p.CINPlanEndDate OR (p.CINPlanEndDate_raw IS NULL AND c.CPPstartDate <= m.collection_end))
)
SELECT cpp_row AS row_id, 'ChildProtectionPlans' AS table_name FROM hits
UNION ALL
SELECT plan_row AS row_id, 'CINplanDates' AS table_name FROM hits
