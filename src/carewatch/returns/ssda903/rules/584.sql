-- code: 584
-- severity: error
-- message: Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.
-- table: PlacedAdoption
-- fields: DATE_PLACED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 584
-- DfE: where last year's decision was reversed (DATE_PLACED_CEASED and/or REASON_PLACED_CEASED given), this
-- year's DATE_PLACED must be later than last year's.
SELECT DISTINCT p.row_id, p.CHILD AS child_id
FROM placed_adoption p JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE l.DATE_PLACED IS NOT NULL
  AND (l.DATE_PLACED_CEASED_raw IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
  AND (p.DATE_PLACED IS NULL OR p.DATE_PLACED <= l.DATE_PLACED)
