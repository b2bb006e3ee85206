-- code: 169
-- severity: error
-- message: Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.
-- table: Episodes
-- fields: PL_LA
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 169 (PL_LA, derived from PL_POST, is needed unless LS is V3 or V4)
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')) AND g.PL_LA IS NULL
