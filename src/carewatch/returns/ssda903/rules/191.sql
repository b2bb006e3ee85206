-- code: 191
-- severity: error
-- message: Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.
-- table: OC2
-- fields: IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 191 (a child with no OC2 row at all is reported at the first episode)
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
SELECT row_id, CHILD AS child_id, 'OC2' AS table_name
FROM oc2
WHERE CHILD IN (SELECT CHILD FROM cla)
  AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
UNION ALL
SELECT row_id, CHILD, 'Episodes'
FROM episodes
WHERE CHILD IN (SELECT CHILD FROM cla) AND CHILD NOT IN (SELECT CHILD FROM oc2 WHERE CHILD IS NOT NULL) AND DECOM IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
