-- code: 221
-- severity: error
-- message: The Ofsted Unique reference number (URN) provided for the child's placement does not match the
--   placement postcode provided.
-- table: Episodes
-- fields: PL_POST
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 221
-- For homes, secure homes, supported accommodation, family centres and residential schools (K1 K2 K3 R3 S1),
-- outside short breaks, PL_POST must be the provider's registered postcode (compared without spaces).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e LEFT JOIN providers p ON p.URN = e.URN
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND e.PLACE IN ('K1', 'K2', 'K3', 'R3', 'S1')
  AND e.PL_POST IS NOT NULL
  AND replace(upper(e.PL_POST), ' ', '') IS DISTINCT FROM replace(upper(p.POSTCODE), ' ', '')
