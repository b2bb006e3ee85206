-- code: 357
-- severity: error
-- message: If this is the first episode ever for this child, reason for new episode must be S.  Check whether
--   there is an episode immediately preceding this one, which has been left out.  If not the reason for new
--   episode code must be amended to S.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 357
-- The child's earliest episode, when it starts within this collection year, must have RNE = S.
WITH first_episode AS (
    SELECT row_id, CHILD, DECOM, RNE FROM episodes WHERE DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
)
SELECT f.row_id, f.CHILD AS child_id
FROM first_episode f CROSS JOIN meta m
WHERE f.DECOM >= m.collection_start AND f.RNE IS DISTINCT FROM 'S'
