-- code: 2889
-- severity: error
-- message: The S47 start date cannot be before the referral date.
-- table: Section47
-- fields: S47ActualStartDate, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2889: where present, <S47ActualStartDate> (N00148) should be on or
--   after the <CINReferralDate> (N00100) of its CINdetails.
SELECT s.row_id
FROM section47 s
JOIN cin_details c ON c.LAchildID = s.LAchildID AND c.CINdetailsID = s.CINdetailsID
WHERE s.S47ActualStartDate < c.CINreferralDate
