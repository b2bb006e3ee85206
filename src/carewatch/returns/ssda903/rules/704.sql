-- code: 704
-- severity: error
-- message: The date that the DoLO ended is before the start or after the end of the collection year.
-- table: DoLo
-- fields: DOLO_END
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 704
SELECT d.row_id, d.CHILD AS child_id
FROM dolo d, meta m
WHERE d.DOLO_END < m.collection_start OR d.DOLO_END > m.collection_end
