-- code: 392b
-- severity: error
-- message: Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]
-- table: Episodes
-- fields: HOME_POST, PL_POST
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 392b: unless LS is V3/V4 or the child is (or was) UASC, HOME_POST
-- and PL_POST must be provided. UASC children are this year's UASC table.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.CHILD NOT IN (SELECT CHILD FROM uasc WHERE CHILD IS NOT NULL)
  AND (e.HOME_POST IS NULL OR e.PL_POST IS NULL)
