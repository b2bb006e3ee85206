-- id: cin_cpp_reviews_on_time
-- title: Children on a child protection plan for 3 months or more whose reviews were all on time
-- definition: Of the children on a child protection plan at 31 March that had lasted at least 3 months,
--   the share whose plan was reviewed within timescales: the first review conference within 3 months of the
--   plan's start (CPPstartDate: DfE times the first review from "being the subject of the plan"), each
--   later one within 6 months of the one before, and no review overdue at 31 March. The census holds only
--   the year's reviews, so earlier reviews come from last year's census when given (--previous); the first
--   review found for a plan that began before the census years loaded is not timed (its predecessor is
--   unknown), but every later gap is, and so is the wait since the last review. Months are calendar months
--   (a plan starting 1 June must be reviewed by 1 September; 2 September is late).
-- source: DfE LAIT measure 19 "Review of Child Protection Cases" (RevCP; the published table d6 "CPPs
--   reviewed within timescales", Characteristics of children in need), data dictionary
--   (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "Working Together to Safeguard Children ... requires that the first child protection review is held
--   within three months of the initial child protection conference and thereafter at intervals of no more
--   than six months"; denominator "children who were the subject of a child protection plan at 31 March
--   that had been on a plan for at least three months", numerator those who "had reviews carried out within
--   the required timescales": "a review of their child protection plan within the first three months of
--   being the subject of the plan, and then subsequently at intervals of not more than six months",
--   https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need
--   (formerly NI 67; domain.md §3.4, §5.3). The text of Working Together 2023 itself was not found in the
--   stored sources; the intervals are as DfE quotes them.
-- numerator: children in the cohort whose reviews were all on time
-- denominator: children on a plan at 31 March that had lasted 3 months or more
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: cin
WITH open_plans AS (  -- child protection plans open at 31 March (started on or before, not ended by then), one per child
    SELECT p.* FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate <= m.collection_end AND (p.CPPendDate IS NULL OR p.CPPendDate > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY p.LAchildID ORDER BY p.CPPstartDate DESC) = 1
),
cohort AS (
    SELECT p.LAchildID, p.CPPstartDate
    FROM open_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate <= m.collection_end - INTERVAL 3 MONTH
),
covered AS (  -- the first day whose reviews the loaded census years hold
    SELECT CASE WHEN EXISTS (SELECT 1 FROM child_protection_plans_all_years WHERE NOT this_year)
                THEN m.collection_start - INTERVAL 1 YEAR ELSE m.collection_start END AS since
    FROM meta m
),
reviews AS (  -- every review found, tied to its plan by child and plan start (element numbers differ by year)
    SELECT DISTINCT p.LAchildID, p.CPPstartDate, r.CPPreviewDate
    FROM cpp_reviews_all_years r
    JOIN child_protection_plans_all_years p
      ON p.LAchildID = r.LAchildID AND p.CINdetailsID = r.CINdetailsID AND p.CPPID = r.CPPID AND p.this_year = r.this_year
    WHERE r.CPPreviewDate IS NOT NULL AND r.CPPreviewDate >= p.CPPstartDate
),
steps AS (  -- each review with the date it had to be held by (3 months after the start, then 6 after the last)
    SELECT r.LAchildID, r.CPPreviewDate,
           CASE WHEN lag(r.CPPreviewDate) OVER w IS NOT NULL THEN lag(r.CPPreviewDate) OVER w + INTERVAL 6 MONTH
                WHEN c.CPPstartDate >= v.since THEN c.CPPstartDate + INTERVAL 3 MONTH END AS due_by
    FROM cohort c CROSS JOIN covered v
    JOIN reviews r ON r.LAchildID = c.LAchildID AND r.CPPstartDate = c.CPPstartDate
    WINDOW w AS (PARTITION BY r.LAchildID ORDER BY r.CPPreviewDate)
),
per_child AS (
    SELECT c.LAchildID,
           COALESCE(bool_and(s.due_by IS NULL OR s.CPPreviewDate <= s.due_by), TRUE) AS each_on_time,
           COALESCE(max(s.CPPreviewDate) + INTERVAL 6 MONTH, c.CPPstartDate + INTERVAL 3 MONTH) >= m.collection_end AS none_overdue
    FROM cohort c CROSS JOIN meta m LEFT JOIN steps s ON s.LAchildID = c.LAchildID
    GROUP BY c.LAchildID, c.CPPstartDate, m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE each_on_time AND none_overdue) AS numerator,
       count(*) AS denominator, 100.0 * count(*) FILTER (WHERE each_on_time AND none_overdue) / nullif(count(*), 0) AS value
FROM per_child
