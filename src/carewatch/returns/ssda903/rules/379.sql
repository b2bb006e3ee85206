-- code: 379
-- severity: error
-- message: Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 379: if PLACE = 'T4' then DEC must be no more than 7 days after DECOM
-- An episode still open at 31 March has lasted at least to the collection end, so that stands in for a blank DEC
-- (an invalid DEC is left to the date rules).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e CROSS JOIN meta m
WHERE e.PLACE = 'T4'
  AND CASE WHEN e.DEC_raw IS NULL THEN m.collection_end ELSE e.DEC END > e.DECOM + 7
