-- code: 375
-- severity: error
-- message: Hospitalisation coded as a temporary placement exceeds six weeks.
-- table: Episodes
-- fields: DECOM, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 375: if PLACE = 'T1' then DEC must be no more than 42 days after DECOM
-- An episode still open at 31 March has lasted at least to the collection end, so that stands in for a blank DEC
-- (an invalid DEC is left to the date rules).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e CROSS JOIN meta m
WHERE e.PLACE = 'T1'
  AND CASE WHEN e.DEC_raw IS NULL THEN m.collection_end ELSE e.DEC END > e.DECOM + 42
