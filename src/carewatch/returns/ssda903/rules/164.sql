-- code: 164
-- severity: error
-- message: Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 164: unless the child is UASC or LS is V3/V4, PL_DISTANCE must be between 0.0 and 999.9
-- PL_DISTANCE is derived from HOME_POST and PL_POST. When both are given but no distance can be worked out, a
-- postcode is not a known one: that is the invalid distance the DfE text asks the council to check. Blank
-- postcodes are other rules' business (the DfE then records 999.9). UASC children are this year's UASC table.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.CHILD NOT IN (SELECT CHILD FROM uasc WHERE CHILD IS NOT NULL)
  AND ((g.PL_DISTANCE IS NULL AND e.HOME_POST IS NOT NULL AND e.PL_POST IS NOT NULL)
       OR g.PL_DISTANCE NOT BETWEEN 0.0 AND 999.9)
