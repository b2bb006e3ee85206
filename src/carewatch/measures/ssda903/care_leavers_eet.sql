-- id: care_leavers_eet
-- title: Care leavers aged 17 to 21 in education, employment or training
-- definition: Care leavers whose 17th to 21st birthday fell between 1 April and 31 March (the OC3 records,
--   taken on or around the birthday), excluding those who died (IN_TOUCH DIED) and those who returned home
--   to parents for 6 months or more (RHOM): the share in education, employment or training: higher education (F1/P1), other education (F2/P2), apprenticeship (F4/P4), training or employment (F5/P5), full or part time; NEET (G4-G6) and not known stay in the denominator. Care
--   leavers whose care transferred to another council are not identifiable in the return and so not
--   excluded. Breakdown by age group as DfE publishes: 17 to 18, 19 to 21.
-- source: DfE, Children looked after in England including adoptions, care leavers aged 17 to 21,
--   "total in education, employment or training" of "total" (domain.md §3.2, §4.3 OC3 codes, rule 11)
-- numerator: care leavers in education, employment or training (ACTIV F1/P1, F2/P2, F4/P4, F5/P5)
-- denominator: care leavers aged 17 to 21 in the year, excluding DIED and RHOM
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total, age_group
-- return: ssda903
WITH leavers AS (
    SELECT o.CHILD, COALESCE(ACTIV IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'), FALSE) AS counted,
           CASE WHEN age_at(o.DOB, m.collection_end) <= 18 THEN '17 to 18 years' ELSE '19 to 21 years' END AS age_group
    FROM oc3 o CROSS JOIN meta m
    WHERE age_at(o.DOB, m.collection_end) BETWEEN 17 AND 21
      AND (o.IN_TOUCH IS NULL OR o.IN_TOUCH NOT IN ('DIED', 'RHOM'))
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE counted) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE counted) / nullif(count(*), 0) AS value
FROM leavers
UNION ALL
SELECT 'age_group', age_group, count(*) FILTER (WHERE counted), count(*), 100.0 * count(*) FILTER (WHERE counted) / nullif(count(*), 0)
FROM leavers GROUP BY age_group
