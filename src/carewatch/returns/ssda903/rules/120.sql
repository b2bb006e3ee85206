-- code: 120
-- severity: error
-- message: The reason for the reversal of the decision that the child should be placed for adoption code is not valid.
-- table: PlacedAdoption
-- fields: REASON_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 120
SELECT row_id, CHILD AS child_id
FROM placed_adoption
WHERE REASON_PLACED_CEASED IS NOT NULL
  AND REASON_PLACED_CEASED NOT IN (SELECT code FROM codes WHERE list = 'reason_placed_ceased')
