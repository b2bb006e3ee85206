-- id: cin_cpp_subsequent
-- title: Child protection plans started during the year that were a second or subsequent plan
-- definition: Of the child protection plans that started between 1 April and 31 March, the share for a
--   child who had been the subject of a plan before, at any time: NumberOfPreviousCPP is 1 or more, or an
--   earlier plan of the same child is in the census (this year's or, when given, last year's).
-- source: DfE, Characteristics of children in need, "child protection plans which are a second or
--   subsequent plan" (d3 CPP_subsequent_percent; domain.md §3.4, rule 13)
-- numerator: plans started in the year that were a second or subsequent plan
-- denominator: plans started in the year
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: cin
WITH all_plans AS (
    SELECT DISTINCT LAchildID, CPPstartDate FROM child_protection_plans_all_years
    WHERE LAchildID IS NOT NULL AND CPPstartDate IS NOT NULL
),
started AS (
    SELECT p.LAchildID, p.CPPstartDate,
           COALESCE(p.NumberOfPreviousCPP >= 1, FALSE)
           OR EXISTS (SELECT 1 FROM all_plans a WHERE a.LAchildID = p.LAchildID AND a.CPPstartDate < p.CPPstartDate) AS subsequent
    FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE subsequent) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE subsequent) / nullif(count(*), 0) AS value
FROM started
