-- code: 381
-- severity: error
-- message: A period of care cannot end with a temporary placement.
-- table: Episodes
-- fields: PLACE, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 381: if PLACE is T0-T4 then REC, when given, must be 'X1'
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND REC IS NOT NULL AND REC <> 'X1'
