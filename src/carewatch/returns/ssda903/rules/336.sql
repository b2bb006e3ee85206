-- code: 336
-- severity: error
-- message: Child does not have a foster placement immediately prior to being placed for adoption.
-- table: Episodes
-- fields: PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 336
-- DfE logic: where PLACE = A3 or A5 (placed for adoption with the current foster carer), the previous episode's
-- PLACE must be A3-A6 or a foster placement U1-U6. A child's first episode in the return is not checked.
WITH seq AS (
    SELECT row_id, CHILD, PLACE,
           LAG(PLACE) OVER w AS previous_place, row_number() OVER w AS n
    FROM episodes
    WHERE CHILD IN (SELECT CHILD FROM episodes WHERE PLACE IN ('A3', 'A5'))
    WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id)
)
SELECT row_id, CHILD AS child_id
FROM seq
WHERE PLACE IN ('A3', 'A5') AND n > 1
  AND (previous_place IS NULL OR previous_place NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
