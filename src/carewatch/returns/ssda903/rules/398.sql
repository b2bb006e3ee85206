-- code: 398
-- severity: error
-- message: Distance field completed but child looked after under legal status V3 or V4.
-- table: Episodes
-- fields: LS, HOME_POST, PL_POST
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 398: if LS is V3 or V4 then HOME_POST and PL_POST should not be
-- provided (the distance is derived from them)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE LS IN ('V3', 'V4') AND (HOME_POST IS NOT NULL OR PL_POST IS NOT NULL)
