-- code: 1103
-- severity: error
-- message: The assessment start date cannot be before the referral date
-- table: Assessments
-- fields: AssessmentActualStartDate, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1103: where present, <AssessmentActualStartDate> (N00159) should
--   be on or after the <CINreferralDate> (N00100) of its CINdetails.
SELECT a.row_id
FROM assessments a
JOIN cin_details c ON c.LAchildID = a.LAchildID AND c.CINdetailsID = a.CINdetailsID
WHERE a.AssessmentActualStartDate < c.CINreferralDate
