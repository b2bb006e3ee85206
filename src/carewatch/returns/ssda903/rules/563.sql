-- code: 563
-- severity: error
-- message: The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank
-- table: PlacedAdoption
-- fields: DATE_PLACED, REASON_PLACED_CEASED, DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 563
SELECT row_id, CHILD AS child_id FROM placed_adoption
WHERE REASON_PLACED_CEASED IS NOT NULL AND DATE_PLACED_CEASED_raw IS NOT NULL AND DATE_PLACED_raw IS NULL
