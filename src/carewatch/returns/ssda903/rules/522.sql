-- code: 522
-- severity: error
-- message: Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.
-- table: PlacedAdoption
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 522
SELECT row_id, CHILD AS child_id FROM placed_adoption WHERE DATE_PLACED_CEASED < DATE_PLACED
