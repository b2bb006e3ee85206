-- code: 611
-- severity: error
-- message: Date of birth field is blank, but child is a mother.
-- table: Header
-- fields: MOTHER, MC_DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 611
SELECT row_id, CHILD AS child_id FROM header WHERE MOTHER = '1' AND MC_DOB_raw IS NULL
