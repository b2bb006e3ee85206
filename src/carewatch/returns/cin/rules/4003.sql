-- code: 4003
-- severity: error
-- message: A CPP review date is shown as being held at the same time as an open CIN Plan.
-- table: Reviews
-- fields: CPPreviewDate, CINPlanStartDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4003: within a <CINDetails> module, no <CPPReviewDate> (N00116) can
--   fall between any <CINPlanStartDate> (N00689) and <CINPlanEndDate> (N00690) unless it equals its plan's
--   <CPPendDate> (N00115). Read as: after the start and before the end (a review on the plan's first day is not
--   flagged by the DfE's COLLECT, as a council's published checks record); a CIN plan with no end date has no
--   "between" and is left to rules 4001/4017 (two independent implementations read it the same way).
SELECT DISTINCT r.row_id
FROM cpp_reviews r
JOIN child_protection_plans c ON c.LAchildID = r.LAchildID AND c.CINdetailsID = r.CINdetailsID AND c.CPPID = r.CPPID
JOIN cin_plan_dates p ON p.LAchildID = r.LAchildID AND p.CINdetailsID = r.CINdetailsID
WHERE r.CPPreviewDate > p.CINPlanStartDate
  AND r.CPPreviewDate < p.CINPlanEndDate
  AND r.CPPreviewDate IS DISTINCT FROM c.CPPendDate
