-- code: 390
-- severity: error
-- message: Reason episode ceased is adopted but child has not been previously placed for adoption.
-- table: Episodes
-- fields: PLACE, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 390: if REC is E11 or E12 then PLACE must be A3, A4, A5 or A6
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE REC IN ('E11', 'E12') AND (PLACE IS NULL OR PLACE NOT IN ('A3', 'A4', 'A5', 'A6'))
