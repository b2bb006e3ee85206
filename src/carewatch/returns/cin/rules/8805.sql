-- code: 8805
-- severity: error
-- message: A CIN case cannot have a CIN closure date without a Reason for Closure
-- table: CINdetails
-- fields: CINclosureDate, ReasonForClosure
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8805: if CINclosureDate is present then ReasonForClosure must also be
-- present
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE CINclosureDate_raw IS NOT NULL AND ReasonForClosure IS NULL
