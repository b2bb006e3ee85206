-- code: 355
-- severity: error
-- message: Episode appears to have lasted for less than 24 hours
-- table: Episodes
-- fields: DECOM, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 355
SELECT row_id, CHILD AS child_id FROM episodes WHERE DECOM = DEC
