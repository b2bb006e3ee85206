-- code: 376
-- severity: error
-- message: Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 376: if PLACE = 'T3' then DEC must be no more than 21 days after DECOM
-- An episode still open at 31 March has lasted at least to the collection end, so that stands in for a blank DEC
-- (an invalid DEC is left to the date rules).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e CROSS JOIN meta m
WHERE e.PLACE = 'T3'
  AND CASE WHEN e.DEC_raw IS NULL THEN m.collection_end ELSE e.DEC END > e.DECOM + 21
