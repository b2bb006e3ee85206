-- code: 2990
-- severity: error
-- message: Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.
-- table: CINdetails
-- fields: ReasonForClosure, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2990: a <CINDetails> module with <ReasonForClosure> (N00103) RC8 or
--   RC9 cannot have a <Section47> module, a <ChildProtectionPlan> module, a <DateOfInitialCPC> (N00110) on the
--   CINdetails module, or a <CINPlanDates> module. The CINdetails row is reported.
WITH activity AS (
    SELECT LAchildID, CINdetailsID FROM section47
    UNION SELECT LAchildID, CINdetailsID FROM child_protection_plans
    UNION SELECT LAchildID, CINdetailsID FROM cin_plan_dates
)
SELECT c.row_id
FROM cin_details c
WHERE c.ReasonForClosure IN ('RC8', 'RC9')
  AND (c.DateOfInitialCPC_raw IS NOT NULL
       OR EXISTS (SELECT 1 FROM activity a WHERE a.LAchildID = c.LAchildID AND a.CINdetailsID = c.CINdetailsID))
