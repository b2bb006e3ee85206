-- code: INT15
-- severity: error
-- message: Internal Check: DOB in OC3 is different to DOB in Header.
-- table: OC3
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT15
-- Only values that are present (and, for dates, valid) on both sides are compared.
SELECT DISTINCT x.row_id, x.CHILD AS child_id
FROM oc3 x JOIN header h ON h.CHILD = x.CHILD
WHERE x.DOB <> h.DOB
