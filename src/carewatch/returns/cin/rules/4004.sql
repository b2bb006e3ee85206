-- code: 4004
-- severity: error
-- message: This child is showing more than one open CIN Plan, i.e. with no End Date
-- table: CINplanDates
-- fields: CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4004: within a <CINDetails> module there must be only one
--   <CINPlanDates> group where <CINPlanEndDate> (N00690) is missing. Every open plan of such a CINdetails is reported.
SELECT row_id
FROM cin_plan_dates
WHERE CINPlanEndDate_raw IS NULL
QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) > 1
