-- code: 504
-- severity: error
-- message: The category of need code differs from that reported at start of current period of being looked after
-- table: Episodes
-- fields: CIN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 504
-- A period of care is a chain of episodes, each starting on the day the previous one ended with REC X1. Every
-- episode in the chain is compared with the chain's first episode in this year's return. The start's CIN is
-- carried down the chain in a struct, so a blank CIN at the start is carried as blank rather than skipped.
WITH ordered AS (
    SELECT row_id, CHILD, CIN, DECOM,
           CASE WHEN lag(REC) OVER w = 'X1' AND lag(DEC) OVER w = DECOM THEN 0 ELSE 1 END AS starts
    FROM episodes
    WHERE DECOM IS NOT NULL
    WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, row_id)
)
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, CIN,
           last_value(CASE WHEN starts = 1 THEN struct_pack(cin := CIN) END IGNORE NULLS)
               OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) AS period_start
    FROM ordered
)
WHERE CIN IS DISTINCT FROM period_start.cin
