-- code: 229
-- severity: error
-- message: Placement provider does not match between the placing authority and the local authority code of the
--   provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some
--   cases.]
-- table: Episodes
-- fields: URN, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 229
-- PR1 (own LA) needs the provider's LA to be this council; PR2 (other LA) needs it to be another. Needs the
-- council's DfE code (--la); a URN not on the provider list counts as another LA's.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
CROSS JOIN meta m
LEFT JOIN providers p ON p.URN = e.URN
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX' AND m.la_code IS NOT NULL
  AND ((e.PLACE_PROVIDER = 'PR1' AND p.LA_CODE IS DISTINCT FROM m.la_code)
    OR (e.PLACE_PROVIDER = 'PR2' AND p.LA_CODE = m.la_code))
