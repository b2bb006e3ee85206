-- code: 4010
-- severity: error
-- message: CIN Plan start date is missing or out of data collection period
-- table: CINplanDates
-- fields: CINPlanStartDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4010: where a <CINPlanDates> module is present, <CINPlanStartDate>
--   (N00689) must be present (and a valid date) and on or before the <ReferenceDate> (N00603).
SELECT p.row_id
FROM cin_plan_dates p CROSS JOIN meta m
WHERE p.CINPlanStartDate IS NULL OR p.CINPlanStartDate > m.collection_end
