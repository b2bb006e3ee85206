-- code: 519
-- severity: error
-- message: Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.
-- table: AD1
-- fields: LS_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 519
-- A blank SEX_ADOPTR does not show the required couple/single code, so it fails too.
SELECT row_id, CHILD AS child_id FROM ad1 WHERE LS_ADOPTR = 'L2' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR NOT IN ('MM', 'FF', 'MF'))
