-- id: pace_accommodated
-- title: Children accommodated under PACE (legal status J2) during the year
-- definition: Children with an episode under legal status J2 (placed in council accommodation under the
--   Police and Criminal Evidence Act 1984, s38(6), including secure accommodation) that started between
--   1 April and 31 March, each counted once; the breakdown counts the J2 episodes themselves.
-- source: DfE SSDA903 legal status J2 (domain.md §4.3 LS, §7 PACE s38(6) and the Concordat on Children in
--   Custody); DfE publishes it as the count of children starting to be looked after by legal status
-- numerator: children with a J2 episode starting in the year
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, episodes
-- return: ssda903
WITH j2 AS (
    SELECT e.CHILD FROM episodes e CROSS JOIN meta m
    WHERE e.LS = 'J2' AND e.DECOM BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(DISTINCT CHILD) AS numerator, NULL AS denominator, count(DISTINCT CHILD) AS value FROM j2
UNION ALL
SELECT 'episodes', 'all', count(*), NULL, count(*) FROM j2
