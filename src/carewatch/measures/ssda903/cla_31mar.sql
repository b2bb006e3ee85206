-- id: cla_31mar
-- title: Children looked after at 31 March
-- definition: Children looked after by the council at 31 March (an episode open on that day), counted once
--   each, excluding children looked after under an agreed series of short-term breaks (legal status V3 or V4
--   on 31 March). Breakdowns are taken from the episode open on 31 March and the child's age on that day.
-- source: DfE, Children looked after in England including adoptions (SSDA903), "children looked after at
--   31 March"; short breaks excluded as in the national statistics (domain.md rule 8)
-- numerator: children looked after at 31 March, excluding V3/V4
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total, age_band, sex, legal_status, placement, uasc, category_of_need
-- return: ssda903
WITH child AS (
    SELECT CHILD, any_value(DOB) AS DOB, any_value(SEX) AS SEX FROM header GROUP BY CHILD
),
at_end AS (
    SELECT e.CHILD, e.LS, e.PLACE, e.CIN, c.SEX, age_at(c.DOB, m.collection_end) AS age,
           EXISTS (SELECT 1 FROM uasc u WHERE u.CHILD = e.CHILD AND (u.DUC IS NULL OR u.DUC > m.collection_end)) AS is_uasc
    FROM episodes e
    CROSS JOIN meta m
    LEFT JOIN child c ON c.CHILD = e.CHILD
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM DESC) = 1
),
counted AS (
    SELECT *,
           CASE WHEN age IS NULL THEN 'unknown' WHEN age < 1 THEN 'under 1' WHEN age <= 4 THEN '1 to 4'
                WHEN age <= 9 THEN '5 to 9' WHEN age <= 15 THEN '10 to 15' ELSE '16 and over' END AS age_band
    FROM at_end WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
),
groups AS (
    SELECT 'total' AS breakdown, 'all' AS category, count(*) AS n FROM counted
    UNION ALL SELECT 'age_band', age_band, count(*) FROM counted GROUP BY age_band
    UNION ALL SELECT 'sex', coalesce(SEX, 'unknown'), count(*) FROM counted GROUP BY SEX
    UNION ALL SELECT 'legal_status', coalesce(LS, 'unknown'), count(*) FROM counted GROUP BY LS
    UNION ALL SELECT 'placement', coalesce(PLACE, 'unknown'), count(*) FROM counted GROUP BY PLACE
    UNION ALL SELECT 'uasc', CASE WHEN is_uasc THEN 'UASC' ELSE 'not UASC' END, count(*) FROM counted GROUP BY is_uasc
    UNION ALL SELECT 'category_of_need', coalesce(CIN, 'unknown'), count(*) FROM counted GROUP BY CIN
)
SELECT breakdown, category, n AS numerator, NULL AS denominator, n AS value FROM groups
