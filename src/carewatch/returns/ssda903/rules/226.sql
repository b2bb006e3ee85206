-- code: 226
-- severity: error
-- message: Reason for placement change is not required for temporary placements.
-- table: Episodes
-- fields: REASON_PLACE_CHANGE, PLACE
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 226
-- A temporary placement (T0-T4) carries no reason, nor does the episode just before it (the move into it).
WITH seq AS (
    SELECT row_id, CHILD, PLACE, REASON_PLACE_CHANGE,
           LAG(REASON_PLACE_CHANGE) OVER (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id) AS previous_reason
    FROM episodes
    WHERE CHILD IN (SELECT CHILD FROM episodes WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4'))
)
SELECT row_id, CHILD AS child_id
FROM seq
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND (REASON_PLACE_CHANGE IS NOT NULL OR previous_reason IS NOT NULL)
