-- code: 352
-- severity: error
-- message: Child who started to be looked after was aged 18 or over.
-- table: Episodes
-- fields: DECOM, RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 352
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.RNE = 'S' AND CAST(h.DOB + INTERVAL 18 YEAR AS DATE) <= e.DECOM
