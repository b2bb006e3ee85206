-- id: cla_31mar_rate
-- title: Children looked after at 31 March per 10,000 children aged under 18
-- definition: Children looked after at 31 March (excluding V3/V4 short breaks, as cla_31mar) per 10,000
--   children aged 0 to 17 in the council's area (ONS mid-year estimate for the June before 31 March).
-- source: DfE, Children looked after in England including adoptions, "rate per 10,000 children aged under
--   18" (domain.md rule 9); population: ONS mid-year population estimates
-- numerator: children looked after at 31 March, excluding V3/V4
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: ssda903
WITH at_end AS (
    SELECT e.CHILD, e.LS
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_end)
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM DESC) = 1
),
in_care AS (SELECT TRUE AS counted FROM at_end WHERE LS IS NULL OR LS NOT IN ('V3', 'V4'))  -- as cla_31mar counts
-- From meta, so that a council with no child in care at 31 March still has its population and a rate of 0.
SELECT 'total' AS breakdown, 'all' AS category, count(c.counted) AS numerator, any_value(m.population_0_17) AS denominator,
       count(c.counted) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN in_care c ON TRUE
