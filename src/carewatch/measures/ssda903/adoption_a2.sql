-- id: adoption_a2
-- title: Adoption A2: average days from court authority to place to the decision on a match
-- definition: For children adopted between 1 April and 31 March, the average number of days between the
--   council receiving court authority to place the child for adoption (the start of the first episode of the
--   period under a placement order, E1, or freeing order, D1) and the decision on a match (AD1 DATE_MATCH);
--   a child matched before the authority counts 0 days. Children with no placement or freeing order, no match
--   date, or not placed for adoption (A3-A6) before the adoption order are left out. Needs several years: DfE
--   publishes a 3-year average; this is the average for the years given.
-- source: DfE adoption scorecard indicator A2 (3-year average; domain.md §3.3)
-- numerator: total days for the children counted
-- denominator: children adopted in the year with a placement or freeing order and a match date
-- unit: days
-- polarity: lower_is_better
-- breakdowns: total
-- return: ssda903
WITH adopted AS (  -- children adopted in the year: their period of care ended E11 or E12 between 1 April and 31 March
    SELECT ce.CHILD, ce.period_no, ce.period_start, ce.period_start_known, ce.DEC AS adopted_on
    FROM care_episodes ce CROSS JOIN meta m
    WHERE ce.REC IN ('E11', 'E12') AND ce.DEC BETWEEN m.collection_start AND m.collection_end
),
moved_in AS (  -- the first adoptive placement (A3-A6) of that period, and the start of its carer spell
    SELECT a.CHILD, min(ce.DECOM) AS placed_on, min(ce.carer_start) AS carer_start
    FROM adopted a JOIN care_episodes ce ON ce.CHILD = a.CHILD AND ce.period_no = a.period_no
    WHERE ce.PLACE IN ('A3', 'A4', 'A5', 'A6')
    GROUP BY a.CHILD
),
authority AS (
    SELECT a.CHILD, min(ce.DECOM) AS authority_on
    FROM adopted a JOIN care_episodes ce ON ce.CHILD = a.CHILD AND ce.period_no = a.period_no
    WHERE ce.LS IN ('E1', 'D1')
    GROUP BY a.CHILD
),
matched AS (
    SELECT CHILD, max(DATE_MATCH) AS matched_on FROM ad1 WHERE DATE_MATCH IS NOT NULL GROUP BY CHILD
),
days AS (
    SELECT greatest(datediff('day', au.authority_on, mt.matched_on), 0) AS d
    FROM adopted a
    JOIN authority au ON au.CHILD = a.CHILD
    JOIN matched mt ON mt.CHILD = a.CHILD
    JOIN moved_in p ON p.CHILD = a.CHILD AND p.placed_on < a.adopted_on
)
SELECT 'total' AS breakdown, 'all' AS category, sum(d) AS numerator, count(*) AS denominator, avg(d) AS value FROM days
