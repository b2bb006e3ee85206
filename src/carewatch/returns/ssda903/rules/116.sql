-- code: 116
-- severity: error
-- message: Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.
-- table: PlacedAdoption
-- fields: DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 116
SELECT row_id, CHILD AS child_id
FROM placed_adoption
WHERE DATE_PLACED_CEASED_raw IS NOT NULL AND DATE_PLACED_CEASED IS NULL
