-- code: 224
-- severity: error
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not match the
--   placement provider recorded.
-- table: Episodes
-- fields: PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 224
-- PLACE_PROVIDER must be one of the provider codes the Ofsted provider list gives for the URN.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND NOT EXISTS (
    SELECT 1 FROM providers p
    WHERE p.URN = e.URN AND contains(',' || replace(p.PROVIDER_CODES, ' ', '') || ',', ',' || e.PLACE_PROVIDER || ',')
  )
