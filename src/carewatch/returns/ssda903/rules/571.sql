-- code: 571
-- severity: error
-- message: The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.
-- table: Missing
-- fields: MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 571
SELECT s.row_id, s.CHILD AS child_id FROM missing s CROSS JOIN meta m
WHERE s.MIS_END < m.collection_start OR s.MIS_END > m.collection_end
