-- code: 149
-- severity: error
-- message: Reason episode ceased code is not valid.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 149
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE REC IS NOT NULL AND REC NOT IN (SELECT code FROM codes WHERE list = 'rec')
