-- code: 559
-- severity: error
-- message: Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.
-- table: PlacedAdoption
-- fields: DATE_PLACED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 559
SELECT p.row_id, p.CHILD AS child_id
FROM placed_adoption p CROSS JOIN meta m
WHERE p.DATE_PLACED < m.collection_start
  AND p.CHILD NOT IN (SELECT CHILD FROM placed_adoption_last WHERE CHILD IS NOT NULL AND DATE_PLACED IS NOT NULL)
