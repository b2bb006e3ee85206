-- code: 523
-- severity: error
-- message: Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).
-- table: PlacedAdoption
-- fields: DATE_PLACED, DATE_INT
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 523
WITH bad AS (
    SELECT p.row_id AS pa_row, a.row_id AS ad1_row, p.CHILD
    FROM placed_adoption p JOIN ad1 a ON a.CHILD = p.CHILD
    WHERE p.DATE_PLACED <> a.DATE_INT
)
SELECT DISTINCT pa_row AS row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM bad
UNION ALL
SELECT DISTINCT ad1_row, CHILD, 'AD1' FROM bad
