-- code: 570
-- severity: error
-- message: The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.
-- table: Missing
-- fields: MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 570
SELECT s.row_id, s.CHILD AS child_id FROM missing s CROSS JOIN meta m WHERE s.MIS_START > m.collection_end
