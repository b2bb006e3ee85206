-- code: 4011
-- severity: error
-- message: CIN Plan End Date earlier than Start Date
-- table: CINplanDates
-- fields: CINPlanEndDate, CINPlanStartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4011: if present, <CINPlanEndDate> (N00690) must be on or after the
--   <CINPlanStartDate> (N00689).
SELECT row_id FROM cin_plan_dates WHERE CINPlanEndDate < CINPlanStartDate
