-- code: 384
-- severity: error
-- message: A child receiving respite care cannot be in a long-term foster placement
-- table: Episodes
-- fields: PLACE, LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 384: if LS is V3 or V4 then PLACE must not be U1 or U4
SELECT row_id, CHILD AS child_id FROM episodes WHERE LS IN ('V3', 'V4') AND PLACE IN ('U1', 'U4')
