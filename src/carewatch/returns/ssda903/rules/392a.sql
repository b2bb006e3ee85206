-- code: 392a
-- severity: error
-- message: Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 392a: unless LS is V3/V4 or the child is (or was) UASC, PL_DISTANCE
-- must be provided. PL_DISTANCE is derived from HOME_POST and PL_POST; UASC children are this year's UASC table.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.CHILD NOT IN (SELECT CHILD FROM uasc WHERE CHILD IS NOT NULL)
  AND g.PL_DISTANCE IS NULL
