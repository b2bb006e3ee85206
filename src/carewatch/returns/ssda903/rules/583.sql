-- code: 583
-- severity: error
-- message: More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.
-- table: PlacedAdoption
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 583
-- Every decision but the child's latest must have DATE_PLACED_CEASED.
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, DATE_PLACED_CEASED_raw,
           row_number() OVER (PARTITION BY CHILD ORDER BY DATE_PLACED DESC NULLS LAST, row_id) AS recency
    FROM placed_adoption
)
WHERE recency > 1 AND DATE_PLACED_CEASED_raw IS NULL
