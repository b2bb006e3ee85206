-- id: cin_cpp_ended_2_years
-- title: Child protection plans ended during the year that had lasted 2 years or more
-- definition: Of the child protection plans that ended between 1 April and 31 March, the share that had
--   lasted two years or more as DfE counts it: more than 729 calendar days, counting the day the plan ended
--   (end date minus start date, plus one, over 729). A plan from 1 April 2024 to 31 March 2026 lasted 730
--   such days and counts; one ending on 30 March 2026 (729) does not.
-- source: DfE LAIT measure 98 "Child Protection Plans lasting 2 years or more which cease during the year"
--   (CPPlans2yrs; the published table d7, Characteristics of children in need), data dictionary
--   (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "the number who had been the subject of a Child Protection Plan continuously for two years or longer
--   (i.e. for more than 729 calendar days including days of cessation)" of "the number of children ceasing
--   to be the subject of a Child Protection Plan during the year ending 31 March",
--   https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need
--   (DfE COLLECT key indicator "CPP lasting 2+ years"; domain.md §3.4)
-- numerator: plans ended in the year that lasted 2 years or more
-- denominator: plans ended in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: cin
WITH ended AS (
    SELECT datediff('day', p.CPPstartDate, p.CPPendDate) + 1 > 729 AS long_plan  -- the end day counted
    FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPendDate BETWEEN m.collection_start AND m.collection_end AND p.CPPstartDate IS NOT NULL
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE long_plan) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE long_plan) / nullif(count(*), 0) AS value
FROM ended
