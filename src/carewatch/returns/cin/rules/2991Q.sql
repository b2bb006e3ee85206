-- code: 2991Q
-- severity: query
-- message: Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode
-- table: Section47
-- fields: CINdetailsID
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2991Q: if a <Section47> module is present, an <Assessments> module
--   should be present in the same CINdetails. The Section47 row is reported.
SELECT s.row_id
FROM section47 s
LEFT JOIN (SELECT DISTINCT LAchildID, CINdetailsID FROM assessments) a
       ON a.LAchildID = s.LAchildID AND a.CINdetailsID = s.CINdetailsID
WHERE a.LAchildID IS NULL
