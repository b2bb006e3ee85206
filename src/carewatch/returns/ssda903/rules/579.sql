-- code: 579
-- severity: error
-- message: A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.
-- table: PlacedAdoption
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 579
-- Each decision against the child's previous one in date order.
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, DATE_PLACED,
           lag(DATE_PLACED_CEASED) OVER w AS prev_ceased,
           lag(row_id) OVER w AS prev_row
    FROM placed_adoption
    WINDOW w AS (PARTITION BY CHILD ORDER BY DATE_PLACED NULLS LAST, row_id)
)
WHERE prev_row IS NOT NULL AND (prev_ceased IS NULL OR DATE_PLACED < prev_ceased)
