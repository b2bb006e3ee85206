-- code: 454
-- severity: error
-- message: Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 454: PL_DISTANCE, when present and not 999.9, must be at
-- most 350 miles. PL_DISTANCE is derived from HOME_POST and PL_POST.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE g.PL_DISTANCE > 350 AND g.PL_DISTANCE <> 999.9
