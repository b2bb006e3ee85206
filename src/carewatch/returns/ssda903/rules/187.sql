-- code: 187
-- severity: error
-- message: Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.
-- table: AD1
-- fields: DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR,IN_TOUCH,ACTIV,ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 187
-- Looked after continuously for 12 months at 31 March (DfE SSDA903 validation rules, LOOKED_AFTER_CONTINUOUSLY):
-- in care during the year, and no episode that starts care (RNE S) after 1 April, ends care (REC not X1) before
-- 31 March, or is a V3/V4 short break during the year. The same text is in every rule that needs it.
WITH
cla AS (
    SELECT e.CHILD
    FROM episodes e CROSS JOIN meta m
    GROUP BY e.CHILD
    HAVING bool_or(COALESCE(e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start), FALSE))
       AND NOT bool_or(COALESCE(
               (e.RNE = 'S' AND e.DECOM > m.collection_start AND e.DECOM <= m.collection_end)
               OR (e.REC IS DISTINCT FROM 'X1' AND e.DEC >= m.collection_start AND e.DEC < m.collection_end)
               OR (e.LS IN ('V3', 'V4') AND e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start)),
           FALSE))
)
SELECT row_id, CHILD AS child_id, 'AD1' AS table_name
FROM ad1
WHERE CHILD IN (SELECT CHILD FROM cla)
  AND (DATE_INT_raw IS NOT NULL OR DATE_MATCH_raw IS NOT NULL OR FOSTER_CARE IS NOT NULL
       OR NB_ADOPTR IS NOT NULL OR SEX_ADOPTR IS NOT NULL OR LS_ADOPTR IS NOT NULL)
UNION ALL
SELECT row_id, CHILD, 'OC3'
FROM oc3
WHERE CHILD IN (SELECT CHILD FROM cla) AND (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
