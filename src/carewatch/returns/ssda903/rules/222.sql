-- code: 222
-- severity: error
-- message: Ofsted Unique reference number (URN) should not be recorded for this placement type.
-- table: Episodes
-- fields: URN
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 222
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14')
  AND URN IS NOT NULL AND URN <> 'XXXXXXX'
