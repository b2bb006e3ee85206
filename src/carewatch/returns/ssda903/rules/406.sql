-- code: 406
-- severity: error
-- message: Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]
-- table: Episodes
-- fields: PL_DISTANCE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 406: if the child is (or was) UASC then PL_DISTANCE should not be
-- provided. PL_DISTANCE is derived from HOME_POST and PL_POST; UASC children are this year's UASC table.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE e.CHILD IN (SELECT CHILD FROM uasc) AND g.PL_DISTANCE IS NOT NULL
