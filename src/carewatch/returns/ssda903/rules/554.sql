-- code: 554
-- severity: error
-- message: Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]
-- table: Episodes
-- fields: DATE_PLACED, DECOM, LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 554
-- The placement order is granted at the start of the child's first E1 episode in this return.
WITH first_e1 AS (
    SELECT row_id, CHILD, DECOM FROM episodes
    WHERE LS = 'E1' AND DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
), bad AS (
    SELECT f.row_id AS ep_row, p.row_id AS pa_row, f.CHILD
    FROM first_e1 f JOIN placed_adoption p ON p.CHILD = f.CHILD
    WHERE p.DATE_PLACED > f.DECOM
)
SELECT DISTINCT ep_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT DISTINCT pa_row, CHILD, 'PlacedAdoption' FROM bad
