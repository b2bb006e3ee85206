-- id: care_leavers_in_touch
-- title: Care leavers aged 17 to 21 the council is in touch with
-- definition: Care leavers whose 17th to 21st birthday fell between 1 April and 31 March (the OC3 records,
--   taken on or around the birthday), excluding those who died (IN_TOUCH DIED) and those who returned home
--   to parents for 6 months or more (RHOM): the share the council was in touch with (IN_TOUCH YES);
--   NO, REFU (refuses contact) and NREQ (no longer requires services) count as not in touch. Care
--   leavers whose care transferred to another council are not identifiable in the return and so not
--   excluded. Breakdown by age group as DfE publishes: 17 to 18, 19 to 21.
-- source: DfE, Children looked after in England including adoptions, care leavers aged 17 to 21,
--   "care leavers in touch with the local authority" (domain.md §3.2, §4.3 OC3 codes, rule 11)
-- numerator: care leavers the council was in touch with (IN_TOUCH YES)
-- denominator: care leavers aged 17 to 21 in the year, excluding DIED and RHOM
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total, age_group
-- return: ssda903
WITH leavers AS (
    SELECT o.CHILD, COALESCE(IN_TOUCH = 'YES', FALSE) AS counted,
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
