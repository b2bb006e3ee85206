-- code: 213
-- severity: error
-- message: Placement provider information not required.
-- table: Episodes
-- fields: PLACE_PROVIDER
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 213
-- Temporary placements (T0-T4) and other placements (Z11-Z14) carry no provider.
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14') AND PLACE_PROVIDER IS NOT NULL
