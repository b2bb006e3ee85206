-- code: 446
-- severity: error
-- message: E1 is not a valid code for episodes starting before December 2005.
-- table: Episodes
-- fields: LS, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 446: if LS is E1 then DECOM must be on or after 1 December 2005
-- (placement orders came into force under the Adoption and Children Act 2002 on 30 December 2005).
SELECT row_id, CHILD AS child_id FROM episodes WHERE LS = 'E1' AND DECOM < DATE '2005-12-01'
