-- code: EPI
-- severity: query
-- message: WARNING: Episodes need to be loaded for this child before further validation is possible
-- table: Header
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, EPI (a warning in the DfE portal, so a query here)
-- A child in Header needs episodes, or OC3 details when a care leaver not looked after this year.
SELECT row_id, CHILD AS child_id
FROM header h
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD)
  AND NOT EXISTS (SELECT 1 FROM oc3 o WHERE o.CHILD = h.CHILD)
