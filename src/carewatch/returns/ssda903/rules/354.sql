-- code: 354
-- severity: error
-- message: Date episode ceased must be on or before the end of the current collection year.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 354
-- DfE logic: DECOM must be on or before the collection end (the message names the date ceased; the DfE
-- check and its affected field are the start date).
SELECT e.row_id, e.CHILD AS child_id FROM episodes e CROSS JOIN meta m WHERE e.DECOM > m.collection_end
