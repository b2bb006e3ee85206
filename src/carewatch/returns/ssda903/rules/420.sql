-- code: 420
-- severity: error
-- message: LA of placement completed but child is looked after under legal status V3 or V4.
-- table: Episodes
-- fields: PL_LA
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 420: if LS is V3 or V4 then PL_LA should not be provided
-- PL_LA is derived from PL_POST.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE e.LS IN ('V3', 'V4') AND g.PL_LA IS NOT NULL
