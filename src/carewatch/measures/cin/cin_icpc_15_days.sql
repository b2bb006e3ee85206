-- id: cin_icpc_15_days
-- title: Initial child protection conferences within 15 working days of the strategy discussion
-- definition: Of the initial child protection conferences held between 1 April and 31 March that follow a
--   section 47 enquiry (DateOfInitialCPC on the Section47 record), the share held no later than 15 working
--   days after the strategy discussion that started the enquiry (S47ActualStartDate; the day itself not
--   counted; England and Wales bank holidays excluded).
-- source: Working Together to Safeguard Children: the ICPC within 15 working days of the strategy
--   discussion; CIN census InitialCPCtarget; DfE COLLECT key indicator "ICPC working days" (domain.md §5.2,
--   §5.3, rule 12)
-- numerator: ICPCs within 15 working days of the strategy discussion
-- denominator: ICPCs in the year following a section 47 enquiry
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: cin
WITH conferences AS (
    SELECT s.DateOfInitialCPC, add_working_days(s.S47ActualStartDate, 15) AS due_on
    FROM section47 s CROSS JOIN meta m
    WHERE s.DateOfInitialCPC BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE DateOfInitialCPC <= due_on) AS numerator,
       count(*) AS denominator, 100.0 * count(*) FILTER (WHERE DateOfInitialCPC <= due_on) / nullif(count(*), 0) AS value
FROM conferences
