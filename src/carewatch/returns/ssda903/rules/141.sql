-- code: 141
-- severity: error
-- message: Date episode began is not a valid date.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 141
SELECT row_id FROM episodes WHERE DECOM IS NULL
