-- id: cla_3plus_placements_2_years
-- title: Children looked after for 2 years at 31 March with 3 or more placements in those 2 years
-- definition: Of the children looked after at 31 March (excluding V3/V4 short breaks) who had been looked
--   after continuously for at least 2 years, the share with three or more placements in the two years to
--   31 March: the placement open on 1 April two years before, plus every episode starting since then that
--   begins a placement (reason for new episode S, P, B, T or U), counted by the rules of the one-year
--   measure cla_3plus_placements: short breaks and moves to placed for adoption with the current foster
--   carer (A3, A5) are not counted, and a placement that began and ended on the same day is not counted
--   (care_episodes keeps one episode per child and start date, so it and the episode that follows it that
--   day count once). Needs two years: it is computed only when last year's return is given (--previous),
--   whose episodes supply the first year. Applying the one-year rules here is carewatch's reading: the DfE
--   text found defines the two-year measure only by its name (not verified further).
-- source: DfE, Stability measures for children looked after in England 2024, "CLA 2 years on 31 March with
--   3 or more placements during the previous 2 years",
--   https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0
--   (placement stability by local authority); placement counting as DfE LAIT measure 372 (see
--   cla_3plus_placements; domain.md §3.2 (b))
-- numerator: children in the cohort with 3 or more placements in the two years
-- denominator: children looked after at 31 March who had been looked after continuously for 2 years or more
-- unit: percent
-- polarity: lower_is_better
-- breakdowns: total
-- return: ssda903
WITH two_years AS (  -- the two-year window; reading last year's episodes makes the measure wait for them
    SELECT m.collection_end, m.collection_start - INTERVAL 1 YEAR AS window_start, (SELECT count(*) FROM episodes_last) AS last_rows
    FROM meta m
),
at_end AS (
    SELECT ce.*
    FROM care_episodes ce CROSS JOIN two_years w
    WHERE ce.DECOM <= w.collection_end AND (ce.DEC IS NULL OR ce.DEC > w.collection_end)
    QUALIFY row_number() OVER (PARTITION BY ce.CHILD ORDER BY ce.DECOM DESC) = 1
),
cohort AS (
    SELECT a.CHILD, a.period_no
    FROM at_end a CROSS JOIN two_years w
    WHERE (a.LS IS NULL OR a.LS NOT IN ('V3', 'V4')) AND a.period_start <= w.collection_end - INTERVAL 2 YEAR
),
placements AS (
    SELECT c.CHILD, count(*) AS n
    FROM cohort c CROSS JOIN two_years w
    JOIN care_episodes ce ON ce.CHILD = c.CHILD AND ce.period_no = c.period_no
    WHERE ce.DECOM <= w.collection_end AND (ce.DEC IS NULL OR ce.DEC > w.window_start)
      AND (ce.LS IS NULL OR ce.LS NOT IN ('V3', 'V4'))
      AND (ce.DECOM < w.window_start
           OR (ce.RNE IN ('S', 'P', 'B', 'T', 'U')
               AND NOT (ce.PLACE IN ('A3', 'A5') AND ce.RNE <> 'S')))  -- adopted by the foster carer: no move
    GROUP BY c.CHILD
)
SELECT 'total' AS breakdown, 'all' AS category,
       count(*) FILTER (WHERE p.n >= 3) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE p.n >= 3) / nullif(count(*), 0) AS value
FROM cohort c LEFT JOIN placements p ON p.CHILD = c.CHILD
