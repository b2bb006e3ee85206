-- code: 630
-- severity: error
-- message: Information on previous permanence option should be returned.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 630
-- A child starting to be looked after in the year (RNE S) needs a PrevPerm row with PREV_PERM, and, unless
-- PREV_PERM is Z1 (no previous order), LA_PERM and DATE_PERM too.
SELECT DISTINCT e.row_id, e.CHILD AS child_id
FROM episodes e LEFT JOIN prev_perm p ON p.CHILD = e.CHILD, meta m
WHERE e.RNE = 'S' AND e.DECOM >= m.collection_start
  AND (p.row_id IS NULL
       OR p.PREV_PERM IS NULL
       OR (p.PREV_PERM <> 'Z1' AND (p.LA_PERM IS NULL OR p.DATE_PERM IS NULL)))
