-- code: 1015
-- severity: error
-- message: Placement provider is own provision but child not placed in own LA.
-- table: Episodes
-- fields: PL_LA
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1015: if PLACE_PROVIDER is PR1, PLACE is not A3-A6 or U1-U6 and LS
-- is not V3/V4, then PL_LA must be the council's own. PL_LA is derived from PL_POST: PL_LOCATION is IN exactly
-- when it is the council's; a placement postcode that cannot be placed is not the council's.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN episodes_geo g ON g.row_id = e.row_id
WHERE e.PLACE_PROVIDER = 'PR1'
  AND e.PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
  AND e.LS NOT IN ('V3', 'V4')
  AND g.PL_LOCATION IS DISTINCT FROM 'IN'
