-- code: 119
-- severity: error
-- message: If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.
-- table: PlacedAdoption
-- fields: REASON_PLACED_CEASED,DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 119 (both or neither of DATE_PLACED_CEASED and REASON_PLACED_CEASED)
SELECT row_id, CHILD AS child_id
FROM placed_adoption
WHERE (DATE_PLACED_CEASED_raw IS NULL) <> (REASON_PLACED_CEASED IS NULL)
