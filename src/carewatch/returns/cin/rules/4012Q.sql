-- code: 4012Q
-- severity: query
-- message: Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day
-- table: CINplanDates
-- fields: CINPlanStartDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4012Q: within a <CINPlanDates> group, <CINPlanStartDate> (N00689)
--   should not be the same as <CINPlanEndDate> (N00690).
SELECT row_id FROM cin_plan_dates WHERE CINPlanEndDate = CINPlanStartDate
