-- code: 179
-- severity: error
-- message: Placement location code is not a valid code.
-- table: Episodes
-- fields: PL_LOCATION
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 179 (PL_LOCATION, derived from PL_POST, is needed unless LS is V3 or V4)
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')) AND g.PL_LOCATION IS NULL
