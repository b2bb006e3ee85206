-- code: 225
-- severity: error
-- message: Reason for placement change must be recorded.
-- table: Episodes
-- fields: REASON_PLACE_CHANGE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 225
-- An episode ending X1 whose next episode changes placement (RNE P, B, T or U) needs a reason, unless either
-- placement is temporary (T0-T4).
WITH seq AS (
    SELECT row_id, CHILD, REC, REASON_PLACE_CHANGE, PLACE,
           LEAD(RNE) OVER w AS next_rne, LEAD(PLACE) OVER w AS next_place, LEAD(row_id) OVER w AS next_row
    FROM episodes
    WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM seq
WHERE next_row IS NOT NULL
  AND REC = 'X1' AND REASON_PLACE_CHANGE IS NULL
  AND (PLACE IS NULL OR PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4'))
  AND next_rne IN ('P', 'B', 'T', 'U')
  AND (next_place IS NULL OR next_place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4'))
