-- code: 561
-- severity: error
-- message: Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.
-- table: PlacedAdoption
-- fields: DATE_PLACED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 561
SELECT DISTINCT p.row_id, p.CHILD AS child_id
FROM placed_adoption p JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE p.DATE_PLACED = l.DATE_PLACED
  AND (l.DATE_PLACED_CEASED_raw IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
