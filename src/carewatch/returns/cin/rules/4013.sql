-- code: 4013
-- severity: error
-- message: CIN Plan end date must fall within the census year
-- table: CINplanDates
-- fields: CINPlanEndDate, ReferenceDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4013: if <CINPlanEndDate> (N00690) is present, it must fall within
--   [Period_of_Census] (1 April to the <ReferenceDate>, 31 March), inclusive.
SELECT p.row_id
FROM cin_plan_dates p CROSS JOIN meta m
WHERE p.CINPlanEndDate NOT BETWEEN m.collection_start AND m.collection_end
