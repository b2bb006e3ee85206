-- code: 178
-- severity: error
-- message: Placement provider code is not a valid code.
-- table: Episodes
-- fields: PLACE_PROVIDER
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 178 (if provided, PLACE_PROVIDER must be valid and is not expected for PLACE T0-T3 or Z11-Z14)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE_PROVIDER IS NOT NULL
  AND (PLACE_PROVIDER NOT IN (SELECT code FROM codes WHERE list = 'place_provider')
       OR PLACE IN ('T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'))
