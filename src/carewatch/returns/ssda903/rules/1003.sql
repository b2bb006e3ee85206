-- code: 1003
-- severity: error
-- message: Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.
-- table: PlacedAdoption
-- fields: DATE_PLACED, DECOM, RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1003: DATE_PLACED cannot be before the DECOM of the first episode
-- with RNE S. Findings point at that episode and the PlacedAdoption row.
WITH started AS (
    SELECT row_id, CHILD, DECOM FROM episodes
    WHERE RNE = 'S' AND DECOM IS NOT NULL
    -- The first row per child in (child, date) order.
    QUALIFY lag(CHILD) OVER (ORDER BY CHILD, DECOM, row_id) IS DISTINCT FROM CHILD
),
early AS (
    SELECT s.row_id AS episode_row, p.row_id AS placed_row, s.CHILD
    FROM started s JOIN placed_adoption p ON p.CHILD = s.CHILD
    WHERE p.DATE_PLACED < s.DECOM
)
SELECT episode_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM early
UNION ALL
SELECT placed_row AS row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM early
