-- code: 1012
-- severity: error
-- message: No other data should be returned for OC3 children who had no episodes in the current year
-- table: Reviews
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1012: a child with no episodes this year should have no rows in
-- PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2
WITH looked_after AS (SELECT DISTINCT CHILD FROM episodes WHERE CHILD IS NOT NULL)
SELECT row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM placed_adoption
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
UNION ALL
SELECT row_id, CHILD AS child_id, 'Missing' AS table_name FROM missing
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
UNION ALL
SELECT row_id, CHILD AS child_id, 'Reviews' AS table_name FROM reviews
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
UNION ALL
SELECT row_id, CHILD AS child_id, 'AD1' AS table_name FROM ad1
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
UNION ALL
SELECT row_id, CHILD AS child_id, 'PrevPerm' AS table_name FROM prev_perm
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
UNION ALL
SELECT row_id, CHILD AS child_id, 'OC2' AS table_name FROM oc2
WHERE CHILD IS NULL OR CHILD NOT IN (SELECT CHILD FROM looked_after)
