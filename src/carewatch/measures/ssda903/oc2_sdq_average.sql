-- id: oc2_sdq_average
-- title: Average strengths and difficulties (SDQ) score of children looked after for 12 months, aged 5 to 16
-- definition: The mean SDQ score (0-40; higher means more difficulties) of the children looked after continuously for at least 12 months at 31 March (in care during the year, with no start of care after 1 April, no end of care before 31 March and no V3/V4 short break in the year: the DfE validation rules' definition, as rule 185)
--   who were aged 5 to 16 at 31 March and have a score recorded (OC2 SDQ_SCORE). Breakdown by band as DfE
--   publishes: normal (0-13), borderline (14-16), cause for concern (17-40), each as a count of children.
-- source: DfE, Outcomes for children looked after by local authorities, "Ages 5 to 16 years with SDQ score":
--   "SDQ average score" and the normal / borderline / cause for concern bands
-- numerator: sum of the SDQ scores
-- denominator: children in the cohort aged 5 to 16 with a score
-- unit: score
-- polarity: lower_is_better
-- breakdowns: total, band
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
scores AS (
    SELECT o.CHILD, any_value(o.SDQ_SCORE) AS score
    FROM oc2 o CROSS JOIN meta m
    WHERE o.SDQ_SCORE BETWEEN 0 AND 40 AND age_at(o.DOB, m.collection_end) BETWEEN 5 AND 16
      AND o.CHILD IN (SELECT CHILD FROM cohort)
    GROUP BY o.CHILD
)
SELECT 'total' AS breakdown, 'all' AS category, sum(score) AS numerator, count(*) AS denominator, avg(score) AS value FROM scores
UNION ALL
SELECT 'band', CASE WHEN score <= 13 THEN 'normal' WHEN score <= 16 THEN 'borderline' ELSE 'cause for concern' END,
       count(*), NULL, count(*)
FROM scores GROUP BY 2
