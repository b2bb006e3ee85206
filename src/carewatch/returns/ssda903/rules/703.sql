-- code: 703
-- severity: error
-- message: The date that the DoLO started is after the end of the collection year.
-- table: DoLo
-- fields: DOLO_START
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 703
SELECT d.row_id, d.CHILD AS child_id FROM dolo d, meta m WHERE d.DOLO_START > m.collection_end
