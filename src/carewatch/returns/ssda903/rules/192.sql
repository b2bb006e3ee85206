-- code: 192
-- severity: error
-- message: Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.
-- table: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 192
SELECT row_id, CHILD AS child_id FROM oc2 WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED IS NULL
