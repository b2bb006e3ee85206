-- code: 525
-- severity: error
-- message: A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.
-- table: PlacedAdoption
-- fields: DATE_PLACED_CEASED, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 525
-- A reversed decision (DATE_PLACED_CEASED given) with any adoption detail (AD1) completed for the same child.
WITH bad AS (
    SELECT p.row_id AS pa_row, a.row_id AS ad1_row, p.CHILD
    FROM placed_adoption p JOIN ad1 a ON a.CHILD = p.CHILD
    WHERE p.DATE_PLACED_CEASED_raw IS NOT NULL
      AND (a.DATE_INT_raw IS NOT NULL OR a.DATE_MATCH_raw IS NOT NULL OR a.FOSTER_CARE IS NOT NULL
           OR a.NB_ADOPTR IS NOT NULL OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
)
SELECT DISTINCT pa_row AS row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM bad
UNION ALL
SELECT DISTINCT ad1_row, CHILD, 'AD1' FROM bad
