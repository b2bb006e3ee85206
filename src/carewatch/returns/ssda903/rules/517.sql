-- code: 517
-- severity: error
-- message: If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.
-- table: AD1
-- fields: LS_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 517
-- A blank SEX_ADOPTR does not show the required couple/single code, so it fails too.
SELECT row_id, CHILD AS child_id FROM ad1 WHERE LS_ADOPTR = 'L3' AND SEX_ADOPTR IS DISTINCT FROM 'MF'
