-- code: 8790
-- severity: error
-- message: Disability information includes both None and other values
-- table: Disabilities
-- fields: Disability
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8790: if a Disability of NONE is present, there should be no other
-- Disability values for the same child. Findings point at the other values.
SELECT row_id, LAchildID AS child_id
FROM disabilities
WHERE Disability IS DISTINCT FROM 'NONE'
  AND LAchildID IN (SELECT LAchildID FROM disabilities WHERE Disability = 'NONE')
