-- code: 586
-- severity: error
-- message: Dates of missing periods are before child’s date of birth.
-- table: Missing
-- fields: MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 586
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_START <= DOB
