-- code: 602
-- severity: error
-- message: The episode data submitted for this child does not show that he/she was adopted during the year.
-- table: AD1
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 602
-- AD1 details (any item given) for a child with no episode ending in adoption (E11/E12) in the year.
SELECT d.row_id, d.CHILD AS child_id
FROM ad1 d
WHERE (d.DATE_INT_raw IS NOT NULL OR d.DATE_MATCH_raw IS NOT NULL OR d.FOSTER_CARE IS NOT NULL
       OR d.NB_ADOPTR IS NOT NULL OR d.SEX_ADOPTR IS NOT NULL OR d.LS_ADOPTR IS NOT NULL)
  AND d.CHILD NOT IN (
      SELECT e.CHILD FROM episodes e, meta m
      WHERE e.CHILD IS NOT NULL AND e.REC IN ('E11', 'E12') AND e.DEC BETWEEN m.collection_start AND m.collection_end
  )
