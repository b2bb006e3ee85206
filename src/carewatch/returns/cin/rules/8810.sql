-- code: 8810
-- severity: error
-- message: A CIN case cannot have a Reason for Closure without a CIN Closure Date
-- table: CINdetails
-- fields: ReasonForClosure, CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8810: if ReasonForClosure is present then CINclosureDate must also be
-- present
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE ReasonForClosure IS NOT NULL AND CINclosureDate_raw IS NULL
