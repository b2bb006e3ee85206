-- code: INT21
-- severity: error
-- message: Internal Check: SEX in UASC is different to SEX in Header.
-- table: UASC
-- fields: SEX
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT21
-- Only values that are present (and, for dates, valid) on both sides are compared.
SELECT DISTINCT x.row_id, x.CHILD AS child_id
FROM uasc x JOIN header h ON h.CHILD = x.CHILD
WHERE x.SEX <> h.SEX
