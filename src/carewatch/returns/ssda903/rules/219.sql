-- code: 219
-- severity: error
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not match the
--   placement type recorded.
-- table: Episodes
-- fields: URN, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 219
-- PLACE must be one of the placement codes the Ofsted provider list gives for the URN; a URN not on the list fails.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND NOT EXISTS (
    SELECT 1 FROM providers p
    WHERE p.URN = e.URN AND contains(',' || replace(p.PLACE_CODES, ' ', '') || ',', ',' || e.PLACE || ',')
  )
