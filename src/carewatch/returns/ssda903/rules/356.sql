-- code: 356
-- severity: error
-- message: The date the episode ceased is before the date the same episode started.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 356
SELECT row_id, CHILD AS child_id FROM episodes WHERE DEC < DECOM
