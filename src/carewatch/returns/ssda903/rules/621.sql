-- code: 621
-- severity: error
-- message: Mother’s field has been completed but date of birth shows that the mother is younger than her child.
-- table: Header
-- fields: DOB, MC_DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 621
SELECT row_id, CHILD AS child_id FROM header WHERE MC_DOB <= DOB
