-- code: INT16
-- severity: error
-- message: Internal Check: DOB in PrevPerm is different to DOB in Header.
-- table: PrevPerm
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT16
-- Only values that are present (and, for dates, valid) on both sides are compared.
SELECT DISTINCT x.row_id, x.CHILD AS child_id
FROM prev_perm x JOIN header h ON h.CHILD = x.CHILD
WHERE x.DOB <> h.DOB
