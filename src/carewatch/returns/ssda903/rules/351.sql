-- code: 351
-- severity: error
-- message: Child was over 25 at the start of the current collection year.
-- table: Header
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 351
-- Over 25 = the 25th birthday fell before the collection start.
SELECT h.row_id, h.CHILD AS child_id
FROM header h CROSS JOIN meta m
WHERE m.collection_start > CAST(h.DOB + INTERVAL 25 YEAR AS DATE)
