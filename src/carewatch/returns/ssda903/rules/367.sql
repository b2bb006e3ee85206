-- code: 367
-- severity: error
-- message: The maximum amount of respite care allowable is 75 days in any 12-month period.
-- table: Episodes
-- fields: LS, DECOM, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 367
-- Days of V3 care within the collection year (episodes clipped to 1 April - 31 March; open ones run to the
-- end) must total at most 75 per child; every V3 episode contributing a day is reported.
WITH clipped AS (
    SELECT e.row_id, e.CHILD,
           date_diff('day', GREATEST(e.DECOM, m.collection_start), LEAST(COALESCE(e.DEC, m.collection_end), m.collection_end)) AS days
    FROM episodes e CROSS JOIN meta m
    WHERE e.LS = 'V3' AND e.DECOM IS NOT NULL
)
SELECT row_id, CHILD AS child_id
FROM clipped
WHERE days > 0
QUALIFY SUM(days) OVER (PARTITION BY CHILD) > 75
