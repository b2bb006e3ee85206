-- code: 159
-- severity: error
-- message: If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.
-- table: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 159
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED = '0' AND INTERVENTION_OFFERED IS NULL
