-- code: 218
-- severity: error
-- message: Ofsted Unique reference number (URN) is required.
-- table: Episodes
-- fields: URN
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 218
-- Every placement open on or after the collection start needs a URN, except the placement types that are not
-- Ofsted-registered and placements outside England (PL_LA from the placement postcode, so this rule needs the
-- postcode centroids).
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id CROSS JOIN meta m
WHERE e.URN IS NULL
  AND (e.PLACE IS NULL OR e.PLACE NOT IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
  AND (g.PL_LA IS NULL OR g.PL_LA NOT IN ('CON', 'NIR', 'SCO', 'WAL', 'NUK'))
  AND (e.DEC_raw IS NULL OR e.DEC >= m.collection_start)
