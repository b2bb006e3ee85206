-- code: 382
-- severity: error
-- message: A child receiving respite care cannot be in a temporary placement.
-- table: Episodes
-- fields: LS, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 382: if LS is V3 or V4 then PLACE must not be T0-T4
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE LS IN ('V3', 'V4') AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
