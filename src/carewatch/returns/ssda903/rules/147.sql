-- code: 147
-- severity: error
-- message: Date episode ceased is not a valid date.
-- table: Episodes
-- fields: DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 147
SELECT row_id, CHILD AS child_id FROM episodes WHERE DEC_raw IS NOT NULL AND DEC IS NULL
