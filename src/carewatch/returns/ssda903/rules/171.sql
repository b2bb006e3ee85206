-- code: 171
-- severity: error
-- message: Date of birth of mother's child is not a valid date.
-- table: Header
-- fields: MC_DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 171
SELECT row_id, CHILD AS child_id FROM header WHERE MC_DOB_raw IS NOT NULL AND MC_DOB IS NULL
