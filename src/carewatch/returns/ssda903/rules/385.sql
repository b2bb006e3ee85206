-- code: 385
-- severity: error
-- message: Date episode ceased must be on or before the end of the current collection year.
-- table: Episodes
-- fields: DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 385: DEC must be on or before 31 March of the collection year
SELECT e.row_id, e.CHILD AS child_id FROM episodes e CROSS JOIN meta m WHERE e.DEC > m.collection_end
