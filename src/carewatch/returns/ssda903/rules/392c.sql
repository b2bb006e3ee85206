-- code: 392c
-- severity: error
-- message: Postcode(s) provided are invalid.
-- table: Episodes
-- fields: HOME_POST, PL_POST
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 392c: HOME_POST and PL_POST, when given, must be real postcodes
-- A real postcode is one in the postcode centroids list the user supplies; spaces are ignored when matching.
WITH known AS (SELECT DISTINCT replace(upper(pcd), ' ', '') AS key FROM postcodes WHERE pcd IS NOT NULL)
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE (e.HOME_POST IS NOT NULL AND replace(e.HOME_POST, ' ', '') NOT IN (SELECT key FROM known))
   OR (e.PL_POST IS NOT NULL AND replace(e.PL_POST, ' ', '') NOT IN (SELECT key FROM known))
