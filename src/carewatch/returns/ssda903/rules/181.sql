-- code: 181
-- severity: error
-- message: Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.
-- table: OC2
-- fields: CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 181
WITH flags AS (SELECT code FROM codes WHERE list = 'flag')
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE CONVICTED NOT IN (SELECT code FROM flags) OR HEALTH_CHECK NOT IN (SELECT code FROM flags)
   OR IMMUNISATIONS NOT IN (SELECT code FROM flags) OR TEETH_CHECK NOT IN (SELECT code FROM flags)
   OR HEALTH_ASSESSMENT NOT IN (SELECT code FROM flags) OR SUBSTANCE_MISUSE NOT IN (SELECT code FROM flags)
   OR INTERVENTION_RECEIVED NOT IN (SELECT code FROM flags) OR INTERVENTION_OFFERED NOT IN (SELECT code FROM flags)
