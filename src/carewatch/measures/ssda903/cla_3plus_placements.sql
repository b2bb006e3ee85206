-- id: cla_3plus_placements
-- title: Children looked after at 31 March with 3 or more placements during the year
-- definition: Of the children looked after at 31 March (excluding V3/V4 short breaks, as cla_31mar), the
--   share who had three or more placements between 1 April and 31 March. A child's placements in the year are
--   the placement open on 1 April plus every episode starting in the year that begins a placement (reason for
--   new episode S, P, B, T or U; an L episode changes only the legal status); short-break episodes are not
--   counted. VERIFY: whether DfE leaves temporary placements (T0-T4) out of the count.
-- source: DfE, Stability measures for children looked after in England (official statistics in
--   development, 2024), "CLA on 31 March with 3 or more placements during the year" (domain.md §3.2 (a), rule 10)
-- numerator: children looked after at 31 March with 3 or more placements in the year
-- denominator: children looked after at 31 March, excluding V3/V4
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: ssda903
WITH at_end AS (
    SELECT e.CHILD, e.LS
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM DESC) = 1
),
cla AS (
    SELECT CHILD FROM at_end WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
),
placements AS (
    SELECT e.CHILD, count(*) AS n
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_start)
      AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
      AND (e.DECOM < m.collection_start OR e.RNE IN ('S', 'P', 'B', 'T', 'U'))
    GROUP BY e.CHILD
)
SELECT 'total' AS breakdown, 'all' AS category,
       count(*) FILTER (WHERE p.n >= 3) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE p.n >= 3) / nullif(count(*), 0) AS value
FROM cla c LEFT JOIN placements p ON p.CHILD = c.CHILD
