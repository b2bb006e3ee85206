-- code: 557
-- severity: error
-- message: Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.
-- table: Episodes
-- fields: DATE_PLACED_CEASED, REASON_PLACED_CEASED, PLACE, LS, REC
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 557
-- An episode in an adoption placement (A3-A6) or under a placement order (E1; D1 freeing orders dropped in 2024-25)
-- that ends care other than by adoption (REC not E11/E12/X1) needs the decision's reversal completed: both
-- DATE_PLACED_CEASED and REASON_PLACED_CEASED.
WITH left_care AS (
    SELECT row_id, CHILD FROM episodes
    WHERE (PLACE IN ('A3', 'A4', 'A5', 'A6') OR LS = 'E1') AND REC NOT IN ('E11', 'E12', 'X1')
)
SELECT e.row_id, e.CHILD AS child_id, 'Episodes' AS table_name
FROM left_care e
WHERE e.CHILD NOT IN (SELECT CHILD FROM placed_adoption WHERE CHILD IS NOT NULL)
   OR e.CHILD IN (SELECT CHILD FROM placed_adoption WHERE DATE_PLACED_CEASED_raw IS NULL OR REASON_PLACED_CEASED IS NULL)
UNION ALL
SELECT p.row_id, p.CHILD, 'PlacedAdoption'
FROM placed_adoption p
WHERE (p.DATE_PLACED_CEASED_raw IS NULL OR p.REASON_PLACED_CEASED IS NULL)
  AND p.CHILD IN (SELECT CHILD FROM left_care)
