-- code: 388
-- severity: error
-- message: Reason episode ceased is coded new episode begins, but there is no continuation episode.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 388: an episode with REC X1 must be followed by one starting on its
-- DEC; an episode followed by one starting on its DEC must have REC X1; the child's last episode cannot end X1.
-- Episodes in DECOM order per child (an episode with a blank DECOM sorts first).
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, REC, DEC, lead(DECOM) OVER w AS next_decom, lead(CHILD) OVER w AS next_child
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS FIRST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM ordered
WHERE (next_child = CHILD AND REC = 'X1' AND DEC IS DISTINCT FROM next_decom)
   OR (next_child = CHILD AND REC <> 'X1' AND DEC = next_decom)
   OR (next_child IS DISTINCT FROM CHILD AND REC = 'X1')
