-- code: 197B
-- severity: error
-- message: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.
-- table: OC2
-- fields: SDQ_REASON,DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 197B (a child looked after for 12 months who turns 4 or 17 during the year)
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
  AND (o.DOB + INTERVAL 4 YEAR BETWEEN m.collection_start AND m.collection_end
       OR o.DOB + INTERVAL 17 YEAR BETWEEN m.collection_start AND m.collection_end)
  AND o.SDQ_SCORE_raw IS NULL AND o.SDQ_REASON IS NULL
