-- code: 184
-- severity: error
-- message: Date of decision that a child should be placed for adoption is before the child was born.
-- table: PlacedAdoption
-- fields: DATE_PLACED,DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 184 (DOB from the Header)
SELECT p.row_id, p.CHILD AS child_id
FROM placed_adoption p JOIN header h ON h.CHILD = p.CHILD
WHERE p.DATE_PLACED < h.DOB
