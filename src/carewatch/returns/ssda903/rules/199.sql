-- code: 199
-- severity: error
-- message: Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]
-- table: Episodes
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 199 (an episode after one ending in adoption, E11/E12, this year or last)
-- This year's and last year's episodes in date order: any episode of ours that comes after an adoption is an error,
-- and so is a second adoption.
WITH eps AS (
    SELECT row_id, CHILD, DECOM, REC, TRUE AS this_year FROM episodes WHERE DECOM IS NOT NULL
    UNION ALL
    SELECT row_id, CHILD, DECOM, REC, FALSE FROM episodes_last WHERE DECOM IS NOT NULL
),
counted AS (
    SELECT row_id, CHILD, REC, this_year,
           count(*) FILTER (WHERE REC IN ('E11', 'E12')) OVER (
               PARTITION BY CHILD ORDER BY DECOM, this_year, row_id ROWS UNBOUNDED PRECEDING
           ) AS adoptions_so_far
    FROM eps
)
SELECT row_id, CHILD AS child_id
FROM counted
WHERE this_year
  AND (adoptions_so_far > 1 OR (adoptions_so_far = 1 AND REC IS DISTINCT FROM 'E11' AND REC IS DISTINCT FROM 'E12'))
