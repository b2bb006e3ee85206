-- code: 166
-- severity: error
-- message: Date of review is invalid or blank.
-- table: Reviews
-- fields: REVIEW
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 166
SELECT row_id, CHILD AS child_id FROM reviews WHERE REVIEW IS NULL
