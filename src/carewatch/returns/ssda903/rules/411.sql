-- code: 411
-- severity: error
-- message: Placement location code disagrees with LA of placement.
-- table: Episodes
-- fields: PL_LOCATION
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 411: if PL_LOCATION is IN then PL_LA must be the council's own code
-- Both fields are derived from PL_POST (episodes_geo sets IN exactly when PL_LA is the council's upper-tier
-- area), so this can only fail when a placement marked IN has no English LA: blank or outside England.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE g.PL_LOCATION = 'IN' AND (g.PL_LA IS NULL OR g.PL_LA IN ('SCO', 'WAL', 'NIR'))
