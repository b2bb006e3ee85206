-- code: 232
-- severity: error
-- message: Sex of the child/young person has been reported as unknown.
-- table: Header
-- fields: SEX
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 232
SELECT row_id, CHILD AS child_id FROM header WHERE SEX = 'U'
