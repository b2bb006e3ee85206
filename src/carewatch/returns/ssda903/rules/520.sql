-- code: 520
-- severity: error
-- message: Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.
-- table: AD1
-- fields: LS_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 520
-- A blank SEX_ADOPTR does not show the required couple/single code, so it fails too.
SELECT row_id, CHILD AS child_id FROM ad1 WHERE LS_ADOPTR = 'L11' AND SEX_ADOPTR IS DISTINCT FROM 'MF'
