-- id: missing_children
-- title: Children looked after during the year who went missing or were away from placement
-- definition: Of the children looked after at any time between 1 April and 31 March (excluding those only on
--   V3/V4 short breaks), the share with at least one missing (M: whereabouts unknown) or away (A: absent
--   without authorisation, whereabouts known) episode in the year: one starting in the year, or one that
--   started earlier and was still open on 1 April (DfE counts children missing or away at 1 April); any
--   length counts. Breakdown by type: missing, away.
-- source: DfE, Children looked after in England including adoptions, "children looked after who had a
--   missing incident / were away from placement without authorisation during the year" (903 Missing table;
--   domain.md §3.2, §4.3 MISSING); DfE LAIT measure 161 (Children_missing, Children_Away), data dictionary
--   (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "Includes children who were missing or away from placement without authorisation at 1 April (in the
--   relevant year), therefore carried over from previous years."
-- numerator: children with a missing or away episode in the year (starting in it, or open on 1 April)
-- denominator: children looked after during the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total, type
-- return: ssda903
WITH looked_after AS (  -- looked after at some time in the year, not only on short breaks
    SELECT DISTINCT e.CHILD FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start)
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
),
episodes_in_year AS (
    SELECT x.CHILD, CASE WHEN x.MISSING = 'M' THEN 'missing' ELSE 'away' END AS type
    FROM missing x CROSS JOIN meta m
    WHERE x.MIS_START <= m.collection_end AND (x.MIS_END IS NULL OR x.MIS_END >= m.collection_start)  -- incl. open on 1 April
      AND x.MISSING IN ('M', 'A')
      AND x.CHILD IN (SELECT CHILD FROM looked_after)
),
denominator AS (SELECT count(*) AS n FROM looked_after)
SELECT 'total' AS breakdown, 'all' AS category, count(DISTINCT x.CHILD) AS numerator, any_value(d.n) AS denominator,
       100.0 * count(DISTINCT x.CHILD) / nullif(any_value(d.n), 0) AS value
FROM denominator d LEFT JOIN episodes_in_year x ON TRUE
UNION ALL
SELECT 'type', t.type, count(DISTINCT x.CHILD), any_value(d.n), 100.0 * count(DISTINCT x.CHILD) / nullif(any_value(d.n), 0)
FROM (VALUES ('missing'), ('away')) t(type) CROSS JOIN denominator d LEFT JOIN episodes_in_year x ON x.type = t.type
GROUP BY t.type
