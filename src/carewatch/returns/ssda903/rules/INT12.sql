-- code: INT12
-- severity: error
-- message: Internal Check: DOB in PlacedAdoption is different to DOB in Header.
-- table: PlacedAdoption
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT12
-- Only values that are present (and, for dates, valid) on both sides are compared.
SELECT DISTINCT x.row_id, x.CHILD AS child_id
FROM placed_adoption x JOIN header h ON h.CHILD = x.CHILD
WHERE x.DOB <> h.DOB
