-- code: 198
-- severity: error
-- message: Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.
-- table: OC2
-- fields: SDQ_REASON
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 198
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
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE SDQ_REASON IS NOT NULL AND CHILD NOT IN (SELECT CHILD FROM cla WHERE CHILD IS NOT NULL)
