-- code: 524
-- severity: error
-- message: If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females
-- table: AD1
-- fields: LS_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 524
-- A blank SEX_ADOPTR does not show the required couple/single code, so it fails too.
SELECT row_id, CHILD AS child_id FROM ad1 WHERE LS_ADOPTR = 'L12' AND SEX_ADOPTR IS DISTINCT FROM 'MM' AND SEX_ADOPTR IS DISTINCT FROM 'FF'
