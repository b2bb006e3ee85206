-- id: adoption_a10
-- title: Adoption A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions
-- definition: For children adopted between 1 April and 31 March (period of care ending E11 or E12),
--   the average number of days between the start of the period of care that ended in adoption and the day the child moved in with the adoptive family, where for a child adopted by its foster carers the move-in date is the start of the fostering placement with those carers (the start of the carer spell holding the first adoptive placement). Needs several
--   years: DfE publishes a 3-year average; this is the average for the years given (one return: that year).
--   Episodes come from this year's and, when given, last year's return; a period of care that began before
--   the earliest episode found is taken from that episode's start, which understates the days; children with
--   no adoptive placement in the returns are left out.
-- source: DfE adoption scorecard indicator A10, which replaced A1 in the ASGLB survey from 2021-22 (domain.md §3.3)
-- numerator: total days for the children adopted in the year
-- denominator: children adopted in the year with an adoptive placement in the return
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
)
SELECT 'total' AS breakdown, 'all' AS category, sum(datediff('day', a.period_start, p.carer_start)) AS numerator,
       count(*) AS denominator, avg(datediff('day', a.period_start, p.carer_start)) AS value
FROM adopted a JOIN moved_in p ON p.CHILD = a.CHILD
