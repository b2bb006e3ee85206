-- code: 432
-- severity: error
-- message: The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 432: if the previous episode's REC is a reason for leaving care
-- (any valid REC but X1) then RNE must be S. Episodes in DECOM order per child.
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, RNE, lag(REC) OVER w AS prev_rec, lag(CHILD) OVER w AS prev_child
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM ordered
WHERE prev_child = CHILD AND RNE IS DISTINCT FROM 'S'
  AND prev_rec <> 'X1' AND prev_rec IN (SELECT code FROM codes WHERE list = 'rec')
