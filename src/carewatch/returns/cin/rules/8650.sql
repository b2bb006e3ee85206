-- code: 8650
-- severity: error
-- message: Primary Need Code invalid (see Primary Need table in CIN census code set)
-- table: CINdetails
-- fields: PrimaryNeedCode
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8650: if present, PrimaryNeedCode must be a valid code (N0-N9)
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE PrimaryNeedCode IS NOT NULL
  AND PrimaryNeedCode NOT IN (SELECT code FROM codes WHERE list = 'primary_need')
