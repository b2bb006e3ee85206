-- code: 560
-- severity: error
-- message: Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.
-- table: PlacedAdoption
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 560
-- A decision still standing last year (DATE_PLACED given, DATE_PLACED_CEASED blank) keeps its date this year.
SELECT DISTINCT p.row_id, p.CHILD AS child_id
FROM placed_adoption p JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE l.DATE_PLACED IS NOT NULL AND l.DATE_PLACED_CEASED_raw IS NULL
  AND p.DATE_PLACED IS DISTINCT FROM l.DATE_PLACED
