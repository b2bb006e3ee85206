-- code: 374
-- severity: error
-- message: Child in residential employment should be at least 14 years old.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 374: if PLACE = 'P3' the child must be at least 14 on DECOM
-- Open episodes are checked too: the age test is on the start date alone (DEC plays no part).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'P3' AND e.DECOM < h.DOB + INTERVAL 14 YEAR
