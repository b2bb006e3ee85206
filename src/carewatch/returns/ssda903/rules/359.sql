-- code: 359
-- severity: error
-- message: Child being looked after following 18th birthday must be accommodated under section 20(5) of the
--   Children Act 1989 in a community home.
-- table: Episodes
-- fields: DEC, LS, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 359
-- An episode still open (no DEC) for a child whose 18th birthday is before the collection end must be
-- LS V2 in a children's home (K2).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD CROSS JOIN meta m
WHERE e.DEC_raw IS NULL
  AND CAST(h.DOB + INTERVAL 18 YEAR AS DATE) < m.collection_end
  AND NOT (e.LS = 'V2' AND e.PLACE = 'K2')
