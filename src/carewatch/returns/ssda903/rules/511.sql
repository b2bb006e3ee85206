-- code: 511
-- severity: error
-- message: If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.
-- table: AD1
-- fields: NB_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 511
SELECT row_id, CHILD AS child_id FROM ad1 WHERE NB_ADOPTR = '2' AND SEX_ADOPTR IN ('M1', 'F1')
