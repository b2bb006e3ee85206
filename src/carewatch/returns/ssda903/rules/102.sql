-- code: 102
-- severity: error
-- message: Date of birth is not a valid date.
-- table: Header
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 102
-- A blank date of birth is not a valid date either.
SELECT row_id, CHILD AS child_id FROM header WHERE DOB IS NULL
