-- code: 436
-- severity: error
-- message: Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.
-- table: Episodes
-- fields: RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 436: if RNE is U or B then LS must differ from the previous
-- episode's and at least one of PLACE, PL_POST, URN and PLACE_PROVIDER must differ (blank matches blank).
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER,
           lag(CHILD) OVER w AS prev_child, lag(LS) OVER w AS p_ls, lag(PLACE) OVER w AS p_place,
           lag(PL_POST) OVER w AS p_post, lag(URN) OVER w AS p_urn, lag(PLACE_PROVIDER) OVER w AS p_provider
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM ordered
WHERE prev_child = CHILD AND RNE IN ('U', 'B')
  AND (LS IS NOT DISTINCT FROM p_ls
       OR (PLACE IS NOT DISTINCT FROM p_place AND PL_POST IS NOT DISTINCT FROM p_post
           AND URN IS NOT DISTINCT FROM p_urn AND PLACE_PROVIDER IS NOT DISTINCT FROM p_provider))
