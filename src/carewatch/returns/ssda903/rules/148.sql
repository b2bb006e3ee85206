-- code: 148
-- severity: error
-- message: Date episode ceased and reason episode ceased must both be coded, or both left blank.
-- table: Episodes
-- fields: DEC,REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 148
SELECT row_id, CHILD AS child_id FROM episodes WHERE (DEC_raw IS NULL) <> (REC IS NULL)
