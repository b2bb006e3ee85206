-- code: 526
-- severity: error
-- message: Child is missing a placement provider code for at least one episode.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2025-26..
-- source: DfE SSDA903 validation rules, rule 526
-- Temporary placements (T0-T4) and the "other" placements Z11-Z14 have no provider (2025-26: Z1 split into Z11-Z14).
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER IS NULL AND (PLACE IS NULL OR PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
