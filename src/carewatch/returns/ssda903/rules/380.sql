-- code: 380
-- severity: error
-- message: A period of care cannot start with a temporary placement.
-- table: Episodes
-- fields: PLACE, RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 380: if PLACE is T0-T4 then RNE must be 'P' or 'B'
-- A temporary placement is always a move to another carer inside a period of care, so only RNE P or B fit.
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND (RNE IS NULL OR RNE NOT IN ('P', 'B'))
