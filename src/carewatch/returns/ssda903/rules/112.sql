-- code: 112
-- severity: error
-- message: Date should be placed for adoption is not a valid date.
-- table: AD1
-- fields: DATE_INT
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 112
SELECT row_id, CHILD AS child_id FROM ad1 WHERE DATE_INT_raw IS NOT NULL AND DATE_INT IS NULL
