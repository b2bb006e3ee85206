-- code: 373
-- severity: error
-- message: Child placed in a school should be at least 4 years old.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 373: if PLACE = 'S1' the child must be at least 4 on DECOM
-- Open episodes are checked too: the age test is on the start date alone (DEC plays no part).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'S1' AND e.DECOM < h.DOB + INTERVAL 4 YEAR
