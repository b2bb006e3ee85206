-- code: 553
-- severity: error
-- message: Placement order has been granted but there is no date of decision that the child should be placed for adoption.
-- table: Episodes
-- fields: CHILD, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 553
-- An E1 (placement order) episode needs a PlacedAdoption row; while an E1 episode is open, that decision cannot
-- have been reversed (DATE_PLACED_CEASED or REASON_PLACED_CEASED given).
SELECT e.row_id, e.CHILD AS child_id, 'Episodes' AS table_name
FROM episodes e
WHERE e.LS = 'E1' AND e.CHILD NOT IN (SELECT CHILD FROM placed_adoption WHERE CHILD IS NOT NULL)
UNION ALL
SELECT p.row_id, p.CHILD, 'PlacedAdoption'
FROM placed_adoption p
WHERE (p.DATE_PLACED_CEASED_raw IS NOT NULL OR p.REASON_PLACED_CEASED IS NOT NULL)
  AND p.CHILD IN (SELECT CHILD FROM episodes WHERE LS = 'E1' AND DEC IS NULL)
