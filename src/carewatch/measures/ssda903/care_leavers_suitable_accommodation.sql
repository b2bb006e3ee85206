-- id: care_leavers_suitable_accommodation
-- title: Care leavers aged 17 to 21 in suitable accommodation
-- definition: Care leavers whose 17th to 21st birthday fell between 1 April and 31 March (the OC3 records,
--   taken on or around the birthday), excluding those who died (IN_TOUCH DIED), those who returned home
--   to parents for 6 months or more (RHOM), and those whose suitability cannot be judged because they have
--   gone abroad (ACCOM G), been deported (H) or their residence is not known (R): the share in accommodation
--   considered suitable (the trailing digit of ACCOM is 1; 2 is unsuitable; 0 or blank is no information
--   and stays in the denominator, as do leavers not in touch or refusing contact). Care leavers whose care
--   transferred to another council are not identifiable in the return and so not excluded. Breakdown by age
--   group as DfE publishes: 17 to 18, 19 to 21. The DfE text found describes the 19 to 21 figure; the 17 to
--   18 group takes the same exclusions (not verified separately).
-- source: DfE, Children looked after in England including adoptions, care leavers aged 17 to 21,
--   "accommodation considered suitable" of "suitability total" (domain.md §3.2, §4.3 OC3 codes, rule 11);
--   exclusions from DfE LAIT measure 112 "Care Leavers - Suitable accommodation" (CareLeaverAcc), data
--   dictionary (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "All figures exclude young people who were looked after under an agreed series of short term
--   placements, have died and those who have returned home to live with parents ... for a continuous period
--   of at least 6 months. Figures in this indicator also exclude young people who have gone abroad or been
--   deported, or their residence is not known, as the suitability will not usually be known in these cases.
--   Figures include young people whose accommodation is not known because either the local authority is not
--   in touch, or the young person has refused contact or no longer requires services."
-- numerator: care leavers whose accommodation was suitable (ACCOM ending in 1)
-- denominator: care leavers aged 17 to 21 in the year, excluding DIED and RHOM
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total, age_group
-- return: ssda903
WITH leavers AS (
    SELECT o.CHILD, COALESCE(ACCOM LIKE '_1', FALSE) AS counted,
           CASE WHEN age_at(o.DOB, m.collection_end) <= 18 THEN '17 to 18 years' ELSE '19 to 21 years' END AS age_group
    FROM oc3 o CROSS JOIN meta m
    WHERE age_at(o.DOB, m.collection_end) BETWEEN 17 AND 21
      AND (o.IN_TOUCH IS NULL OR o.IN_TOUCH NOT IN ('DIED', 'RHOM'))
      AND COALESCE(substr(o.ACCOM, 1, 1), '') NOT IN ('G', 'H', 'R')  -- abroad, deported, residence not known
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE counted) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE counted) / nullif(count(*), 0) AS value
FROM leavers
UNION ALL
SELECT 'age_group', age_group, count(*) FILTER (WHERE counted), count(*), 100.0 * count(*) FILTER (WHERE counted) / nullif(count(*), 0)
FROM leavers GROUP BY age_group
