-- code: 634
-- severity: error
-- message: There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.
-- table: PrevPerm
-- fields: LA_PERM, PREV_PERM, DATE_PERM, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 634
-- Previous permanence is returned only for a child who started to be looked after in this collection year
-- (rule 630), so entries are reported when every episode of the child began before the year. The message's
-- "1 April 2016" is the DfE's wording from the year the item was introduced.
WITH late AS (
    SELECT CHILD, max(DECOM) AS last_decom FROM episodes WHERE CHILD IS NOT NULL GROUP BY CHILD
), bad AS (
    SELECT p.row_id, p.CHILD
    FROM prev_perm p JOIN late l ON l.CHILD = p.CHILD, meta m
    WHERE (p.PREV_PERM IS NOT NULL OR p.DATE_PERM IS NOT NULL OR p.LA_PERM IS NOT NULL)
      AND l.last_decom < m.collection_start
)
SELECT row_id, CHILD AS child_id, 'PrevPerm' AS table_name FROM bad
UNION ALL
SELECT DISTINCT e.row_id, e.CHILD, 'Episodes' FROM episodes e WHERE e.CHILD IN (SELECT CHILD FROM bad)
