-- code: 182
-- severity: error
-- message: Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.
-- table: OC2
-- fields: IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 182 (when any of CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED, INTERVENTION_OFFERED is given, the four core items must be)
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
  AND (CONVICTED IS NOT NULL OR HEALTH_CHECK IS NOT NULL OR INTERVENTION_RECEIVED IS NOT NULL
       OR INTERVENTION_OFFERED IS NOT NULL)
