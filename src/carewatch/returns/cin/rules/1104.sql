-- code: 1104
-- severity: error
-- message: The date of the initial child protection conference cannot be before the referral date
-- table: Section47
-- fields: DateOfInitialCPC, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 1104: where present, <DateOfInitialCPC> (N00110) should be on or
--   after <CINreferralDate> (N00100). N00110 is recorded on a Section47 module or, for a conference without an
--   S47 here (e.g. transfer-in), on the CINdetails module itself: both are checked.
SELECT s.row_id, 'Section47' AS table_name
FROM section47 s
JOIN cin_details c ON c.LAchildID = s.LAchildID AND c.CINdetailsID = s.CINdetailsID
WHERE s.DateOfInitialCPC < c.CINreferralDate
UNION ALL
SELECT row_id, 'CINdetails' AS table_name
FROM cin_details
WHERE DateOfInitialCPC < CINreferralDate
