-- code: 514
-- severity: error
-- message: Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.
-- table: AD1
-- fields: LS_ADOPTR, SEX_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 514
-- A blank SEX_ADOPTR does not show the required couple/single code, so it fails too.
SELECT row_id, CHILD AS child_id FROM ad1 WHERE LS_ADOPTR = 'L0' AND SEX_ADOPTR IS DISTINCT FROM 'M1' AND SEX_ADOPTR IS DISTINCT FROM 'F1'
