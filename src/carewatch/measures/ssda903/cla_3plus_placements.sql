-- id: cla_3plus_placements
-- title: Children looked after at 31 March with 3 or more placements during the year
-- definition: Of the children looked after at 31 March (excluding V3/V4 short breaks, as cla_31mar), the
--   share who had three or more placements between 1 April and 31 March. A child's placements in the year are
--   the placement open on 1 April plus every episode starting in the year that begins a placement (reason for
--   new episode S, P, B, T or U; an L episode changes only the legal status), with three exceptions the DfE
--   definition names: short-break (V3/V4) episodes are not counted; a placement that began and ended on the
--   same day is not counted (DfE counts placements of 24 hours or more, and one that ends on the day it
--   starts cannot have lasted 24 hours; one ending the next day is counted, as the return holds no times;
--   an episode closed the same day by a change of legal status only, L, is a placement that goes on);
--   and a move to placed for adoption with the child's current foster carer (A3, A5) is not a new placement.
--   Temporary placements (T0-T4) are counted like any other placement: no DfE text found says otherwise
--   (searched the stability release, its data guidance and LAIT; not verified against the SSDA903 guide).
-- source: DfE local authority interactive tool (LAIT), data dictionary
--   (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv),
--   measure 372 "Placement 1 - % CLA with three or more placements" (LACStable_2016on): "All placements of 24 hours or more of children that were
--   looked after on 31 March during the previous year are counted. Figures exclude children looked after
--   under a series of short-term placements", "Any placements that were already open on 1 April ... and any
--   which were open on 31 March ... are included. Where a child is subsequently placed for adoption with
--   their existing foster carers, then this is not counted as a placement change"; published in DfE,
--   Stability measures for children looked after in England 2024,
--   https://explore-education-statistics.service.gov.uk/find-statistics/stability-measures-for-children-looked-after-in-england/2024
--   ("CLA on 31 March with 3 or more placements during the year"; domain.md §3.2 (a), rule 10)
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
      AND (e.DECOM < m.collection_start
           OR (e.RNE IN ('S', 'P', 'B', 'T', 'U')
               AND (e.DEC IS NULL OR e.DEC > e.DECOM  -- under 24 hours: not a placement, unless the same
                    OR EXISTS (SELECT 1 FROM episodes n WHERE n.CHILD = e.CHILD AND n.DECOM = e.DEC AND n.RNE = 'L'))  -- placement goes on
               AND NOT (e.PLACE IN ('A3', 'A5') AND e.RNE <> 'S')))  -- adopted by the foster carer: no move
    GROUP BY e.CHILD
)
SELECT 'total' AS breakdown, 'all' AS category,
       count(*) FILTER (WHERE p.n >= 3) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE p.n >= 3) / nullif(count(*), 0) AS value
FROM cla c LEFT JOIN placements p ON p.CHILD = c.CHILD
