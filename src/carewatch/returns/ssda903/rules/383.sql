-- code: 383
-- severity: error
-- message: A child in a temporary placement must subsequently return to his/her normal placement.
-- table: Episodes
-- fields: PLACE, RNE, PL_POST
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 383: if the previous episode's PLACE is T0-T4 then this
-- episode's RNE must be 'P', and its PLACE and PL_POST must equal those of the episode before the temporary one.
-- Episodes are taken in DECOM order per child; a blank PL_POST matches a blank one.
-- One ordered pass over all episodes (child, then date) is much quicker in DuckDB than a window per child.
WITH ordered AS (
    SELECT row_id, CHILD, RNE, PLACE, PL_POST,
           lag(PLACE, 1) OVER w AS place_1,
           lag(PLACE, 2) OVER w AS place_2,
           lag(PL_POST, 2) OVER w AS post_2,
           lag(CHILD, 2) OVER w AS child_2
    FROM episodes
    WINDOW w AS (ORDER BY CHILD, DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM ordered
WHERE child_2 = CHILD AND place_1 IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND (RNE IS DISTINCT FROM 'P' OR PLACE IS DISTINCT FROM place_2 OR PL_POST IS DISTINCT FROM post_2)
