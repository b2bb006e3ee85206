-- code: 1014
-- severity: error
-- message: UASC information is not required for care leavers
-- table: UASC
-- fields: ACTIV, ACCOM, IN_TOUCH, DUC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1014: a child not looked after during the collection year (no
-- episode open at any time in it) who has OC3 care leaver information should have no UASC row. Findings point
-- at the UASC row and the OC3 row.
WITH in_year AS (
    SELECT DISTINCT e.CHILD
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC >= m.collection_start OR e.DEC_raw IS NULL)
),
leavers AS (
    SELECT row_id, CHILD FROM oc3
    WHERE (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
      AND CHILD NOT IN (SELECT CHILD FROM in_year)
)
SELECT u.row_id, u.CHILD AS child_id, 'UASC' AS table_name FROM uasc u WHERE u.CHILD IN (SELECT CHILD FROM leavers)
UNION ALL
SELECT l.row_id, l.CHILD AS child_id, 'OC3' AS table_name FROM leavers l WHERE l.CHILD IN (SELECT CHILD FROM uasc)
