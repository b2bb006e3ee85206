-- code: 433
-- severity: error
-- message: The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.
-- table: Episodes
-- fields: RNE, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 433: if RNE is P, L, T, U or B then DECOM must equal the previous
-- episode's DEC. Episodes in DECOM then DEC order per child; a blank date cannot match.
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, RNE, DECOM, lag(DEC) OVER w AS prev_dec, lag(CHILD) OVER w AS prev_child
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, DEC NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM ordered
WHERE prev_child = CHILD AND RNE IN ('P', 'L', 'T', 'U', 'B')
  AND (DECOM IS NULL OR prev_dec IS NULL OR DECOM <> prev_dec)
