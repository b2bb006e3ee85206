-- code: 174
-- severity: error
-- message: Mother's child date of birth is recorded but sex shows that the child is a male.
-- table: Header
-- fields: SEX,MC_DOB
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 174
SELECT row_id, CHILD AS child_id FROM header WHERE SEX = 'M' AND MC_DOB_raw IS NOT NULL
