-- code: 8640
-- severity: error
-- message: CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)
-- table: CINdetails
-- fields: ReasonForClosure
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8640: if present, ReasonForClosure must be a valid code (RC1-RC9)
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE ReasonForClosure IS NOT NULL
  AND ReasonForClosure NOT IN (SELECT code FROM codes WHERE list = 'reason_for_closure')
