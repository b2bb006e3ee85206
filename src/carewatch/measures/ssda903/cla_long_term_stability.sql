-- id: cla_long_term_stability
-- title: Long-term placement stability: children under 16 in care 2.5+ years living with the same carer 2+ years
-- definition: Of the children looked after at 31 March (excluding V3/V4 short breaks) who were under 16 on
--   that day and had been looked after continuously for at least 2.5 years, the share who had lived with the
--   same carer for at least 2 years, or who were placed for adoption (A3-A6) where the adoptive placement and
--   the placement before it together lasted at least 2 years. A carer spell runs through changes of legal
--   status (L) and placement changes with the same carer (T, U). Needs several years: the 903 return holds
--   only the episodes open during the year, so history comes from last year's return when given
--   (--previous); a period of care or carer spell that began before the earliest episode in the returns is
--   taken from that episode's start, so children whose 2.5 years cannot be seen are left out of the
--   denominator and the figure is provisional until two years are loaded.
-- source: DfE, Stability measures for children looked after in England 2024, "children looked after
--   continuously for at least 2.5 years on 31 March aged under 16 years, living with the same carer for at
--   least 2 years",
--   https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0;
--   the adoption rule from DfE LAIT measure 393 "Long Term Placement Stability" (LAC_LongStable%), data
--   dictionary (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "living in the same placement for at least 2 years, or were placed for adoption and their adoptive
--   placement together with their previous placement, last for at least 2 years" (the former NI 063;
--   domain.md §3.2 (c), rule 10). LAIT says "same placement", the 2024 release "same carer": carewatch
--   follows the release (a change of placement type with the same carer, T or U, does not break the spell).
-- numerator: children in the cohort with the same carer for 2+ years (or placed for adoption as above)
-- denominator: children looked after at 31 March aged under 16 and looked after continuously for 2.5+ years
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: ssda903
WITH child AS (
    SELECT CHILD, any_value(DOB) AS DOB FROM header GROUP BY CHILD
),
at_end AS (
    SELECT ce.*, c.DOB
    FROM care_episodes ce CROSS JOIN meta m LEFT JOIN child c ON c.CHILD = ce.CHILD
    WHERE ce.DECOM <= m.collection_end AND (ce.DEC IS NULL OR ce.DEC > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY ce.CHILD ORDER BY ce.DECOM DESC) = 1
),
cohort AS (
    SELECT a.*
    FROM at_end a CROSS JOIN meta m
    WHERE (a.LS IS NULL OR a.LS NOT IN ('V3', 'V4'))
      AND age_at(a.DOB, m.collection_end) < 16
      AND a.period_start <= m.collection_end - INTERVAL 30 MONTH
),
before_adoption AS (  -- the carer spell that ended when an adoptive placement's spell began
    SELECT c.CHILD, min(p.carer_start) AS previous_start
    FROM cohort c JOIN care_episodes p ON p.CHILD = c.CHILD AND p.period_no = c.period_no AND p.DEC = c.carer_start
    WHERE c.PLACE IN ('A3', 'A4', 'A5', 'A6')
    GROUP BY c.CHILD
)
SELECT 'total' AS breakdown, 'all' AS category,
       count(*) FILTER (WHERE stable) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE stable) / nullif(count(*), 0) AS value
FROM (
    SELECT c.CHILD,
           c.carer_start <= m.collection_end - INTERVAL 2 YEAR
           OR COALESCE(b.previous_start <= m.collection_end - INTERVAL 2 YEAR, FALSE) AS stable
    FROM cohort c CROSS JOIN meta m LEFT JOIN before_adoption b ON b.CHILD = c.CHILD
)
