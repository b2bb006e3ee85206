-- code: 333
-- severity: error
-- message: Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).
-- table: AD1
-- fields: DATE_INT
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 333
-- When DATE_MATCH is given, DATE_INT must be given (a valid date) and on or before it.
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE DATE_MATCH IS NOT NULL AND (DATE_INT IS NULL OR DATE_INT > DATE_MATCH)
