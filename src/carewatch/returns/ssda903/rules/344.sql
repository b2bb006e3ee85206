-- code: 344
-- severity: error
-- message: The record shows the young person has died or returned home to live with parent(s) or someone with
--   parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on
--   leaving care have been completed.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 344
-- DIED or RHOM: ACTIV and ACCOM must both be 0.
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE IN_TOUCH IN ('DIED', 'RHOM') AND (ACTIV IS DISTINCT FROM '0' OR ACCOM IS DISTINCT FROM '0')
