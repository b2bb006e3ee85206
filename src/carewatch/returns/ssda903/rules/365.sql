-- code: 365
-- severity: error
-- message: Any individual short- term respite placement must not exceed 17 days.
-- table: Episodes
-- fields: LS, DECOM, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 365
-- A V3 episode may last at most 17 days; one still open is measured to the collection end.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e CROSS JOIN meta m
WHERE e.LS = 'V3' AND COALESCE(e.DEC, m.collection_end) > e.DECOM + INTERVAL 17 DAY
