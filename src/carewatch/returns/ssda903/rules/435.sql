-- code: 435
-- severity: error
-- message: Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.
-- table: Episodes
-- fields: LS, PLACE, PL_POST, URN, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 435: if RNE is P or T then LS must equal the previous episode's and
-- at least one of PLACE, PL_POST, URN and PLACE_PROVIDER must differ (blank matches blank). DECOM order per child.
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
WHERE prev_child = CHILD AND RNE IN ('P', 'T')
  AND (LS IS DISTINCT FROM p_ls
       OR (PLACE IS NOT DISTINCT FROM p_place AND PL_POST IS NOT DISTINCT FROM p_post
           AND URN IS NOT DISTINCT FROM p_urn AND PLACE_PROVIDER IS NOT DISTINCT FROM p_provider))
