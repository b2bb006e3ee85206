-- code: 186
-- severity: error
-- message: Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.
-- table: OC2
-- fields: SDQ_SCORE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 186 (an SDQ score or a reason for none)
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
SELECT o.row_id, o.CHILD AS child_id
FROM oc2 o CROSS JOIN meta m
WHERE o.CHILD IN (SELECT CHILD FROM cla)
  AND o.DOB + INTERVAL 4 YEAR <= m.collection_start
  AND o.DOB + INTERVAL 17 YEAR > m.collection_end
  AND o.SDQ_SCORE_raw IS NULL AND o.SDQ_REASON IS NULL
