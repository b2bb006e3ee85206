-- code: 345
-- severity: error
-- message: The data collection record shows the local authority is in touch with this young person, but
--   activity and/or accommodation data items are zero.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 345
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE IN_TOUCH = 'YES' AND (ACTIV = '0' OR ACCOM = '0')
