-- code: 158
-- severity: error
-- message: If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.
-- table: OC2
-- fields: INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 158
SELECT row_id, CHILD AS child_id FROM oc2 WHERE INTERVENTION_RECEIVED = '1' AND INTERVENTION_OFFERED IS NOT NULL
