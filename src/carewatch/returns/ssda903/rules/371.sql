-- code: 371
-- severity: error
-- message: Child in supported accomodation not subject to children’s homes regulations should be at least 16.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2024-25..
-- source: DfE SSDA903 validation rules, rule 371: if PLACE = 'K3' the child must be at least 16 on DECOM
-- Open episodes are checked too: the age test is on the start date alone (DEC plays no part).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'K3' AND e.DECOM < h.DOB + INTERVAL 16 YEAR
