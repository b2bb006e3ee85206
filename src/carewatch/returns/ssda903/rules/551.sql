-- code: 551
-- severity: error
-- message: Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.
-- table: Episodes
-- fields: DATE_PLACED, PLACE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 551
-- Placed for adoption = placement A3-A6. Fails when the child has no PlacedAdoption row, or one with a blank DATE_PLACED.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
WHERE e.PLACE IN ('A3', 'A4', 'A5', 'A6')
  AND (e.CHILD NOT IN (SELECT CHILD FROM placed_adoption WHERE CHILD IS NOT NULL)
       OR e.CHILD IN (SELECT CHILD FROM placed_adoption WHERE DATE_PLACED_raw IS NULL))
