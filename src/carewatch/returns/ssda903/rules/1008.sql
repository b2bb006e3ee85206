-- code: 1008
-- severity: error
-- message: Ofsted Unique Reference Number (URN) is not valid.
-- table: Episodes
-- fields: URN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1008: URN, when given and not XXXXXXX, must be an Ofsted URN (one in
-- the providers list the user supplies)
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE e.URN IS NOT NULL AND upper(e.URN) <> 'XXXXXXX'
  AND upper(e.URN) NOT IN (SELECT upper(URN) FROM providers WHERE URN IS NOT NULL)
