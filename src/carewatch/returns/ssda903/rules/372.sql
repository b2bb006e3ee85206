-- code: 372
-- severity: error
-- message: Child in youth custody or prison should be at least 10.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 372: if PLACE = 'R5' the child must be at least 10 on DECOM
-- Open episodes are checked too: the age test is on the start date alone (DEC plays no part).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'R5' AND e.DECOM < h.DOB + INTERVAL 10 YEAR
