-- code: 552
-- severity: error
-- message: Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.
-- table: Episodes
-- fields: DATE_PLACED, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 552
-- The child's first adoption placement (A3-A6) this year against their latest decision to place for adoption.
WITH first_placed AS (
    SELECT row_id, CHILD, DECOM FROM episodes
    WHERE PLACE IN ('A3', 'A4', 'A5', 'A6') AND DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
), last_decision AS (
    SELECT row_id, CHILD, DATE_PLACED FROM placed_adoption
    WHERE DATE_PLACED IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DATE_PLACED DESC, row_id) = 1
), bad AS (
    SELECT f.row_id AS ep_row, d.row_id AS pa_row, f.CHILD
    FROM first_placed f JOIN last_decision d ON d.CHILD = f.CHILD
    WHERE f.DECOM < d.DATE_PLACED
)
SELECT ep_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT pa_row, CHILD, 'PlacedAdoption' FROM bad
