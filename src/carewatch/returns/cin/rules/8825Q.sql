-- code: 8825Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.
-- table: CINdetails
-- fields: ReasonForClosure
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8825Q: if ReasonForClosure is RC8 or RC9 then at least one Assessments
-- group should be present in the same CINdetails
SELECT c.row_id, c.LAchildID AS child_id
FROM cin_details c
LEFT JOIN (SELECT DISTINCT LAchildID, CINdetailsID FROM assessments) a
  ON a.LAchildID = c.LAchildID AND a.CINdetailsID = c.CINdetailsID
WHERE c.ReasonForClosure IN ('RC8', 'RC9') AND a.LAchildID IS NULL
