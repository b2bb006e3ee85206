-- code: NoE
-- severity: error
-- message: This child has no episodes loaded for previous year even though child started to be looked after before this current year.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, NoE
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e, meta m
WHERE e.DECOM < m.collection_start
  AND NOT EXISTS (SELECT 1 FROM episodes_last l WHERE l.CHILD = e.CHILD)
