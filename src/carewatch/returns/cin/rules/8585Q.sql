-- code: 8585Q
-- severity: query
-- message: Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death
-- table: CINdetails
-- fields: ReasonForClosure, PersonDeathDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8585Q: if <ReasonForClosure> (N00103) is RC2 (died), a valid
--   <PersonDeathDate> (N00108) must be present.
SELECT c.row_id
FROM cin_details c
LEFT JOIN child_identifiers i ON i.LAchildID = c.LAchildID
WHERE c.ReasonForClosure = 'RC2' AND i.PersonDeathDate IS NULL
