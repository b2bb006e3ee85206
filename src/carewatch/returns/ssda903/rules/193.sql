-- code: 193
-- severity: error
-- message: Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.
-- table: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 193
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE (SUBSTANCE_MISUSE IS NULL OR SUBSTANCE_MISUSE = '0')
  AND (INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
