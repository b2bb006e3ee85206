-- id: oc2_dental
-- title: Children looked after for 12 months who had their teeth checked by a dentist
-- definition: Of the children looked after continuously for at least 12 months at 31 March (in care during the year, with no start of care after 1 April, no end of care before 31 March and no V3/V4 short break in the year: the DfE validation rules' definition, as rule 185), the share who had their teeth checked by a dentist in the year (OC2 TEETH_CHECK = 1). A child in
--   the cohort with no OC2 record counts in the denominator only.
-- source: DfE, Outcomes for children looked after by local authorities (OC2 cohort), health assessments:
--   "Had their teeth checked by a dentist" of "Total all ages" (domain.md §3.2 outcomes)
-- numerator: children in the cohort with TEETH_CHECK = 1
-- denominator: children looked after continuously for 12 months at 31 March
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: ssda903
WITH cohort AS (  -- looked after continuously for 12 months at 31 March, as the DfE validation rules define it
    SELECT e.CHILD
    FROM episodes e CROSS JOIN meta m
    GROUP BY e.CHILD
    HAVING bool_or(COALESCE(e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start), FALSE))
       AND NOT bool_or(COALESCE(
               (e.RNE = 'S' AND e.DECOM > m.collection_start AND e.DECOM <= m.collection_end)
               OR (e.REC IS DISTINCT FROM 'X1' AND e.DEC >= m.collection_start AND e.DEC < m.collection_end)
               OR (e.LS IN ('V3', 'V4') AND e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start)),
           FALSE))
),
flag AS (SELECT CHILD, bool_or(TEETH_CHECK = '1') AS yes FROM oc2 GROUP BY CHILD)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE f.yes) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE f.yes) / nullif(count(*), 0) AS value
FROM cohort c LEFT JOIN flag f ON f.CHILD = c.CHILD
