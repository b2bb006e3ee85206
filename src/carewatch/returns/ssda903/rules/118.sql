-- code: 118
-- severity: error
-- message: Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.
-- table: PlacedAdoption
-- fields: DATE_PLACED_CEASED,DECOM,LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 118: if provided, DATE_PLACED_CEASED must not be before the collection
--   start or the DECOM of the earliest episode whose LS is not V3 or V4
WITH earliest AS (
    SELECT row_id, CHILD, DECOM
    FROM episodes
    WHERE DECOM IS NOT NULL AND LS IS DISTINCT FROM 'V3' AND LS IS DISTINCT FROM 'V4'
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1
),
bad AS (
    SELECT p.row_id AS pa_row, e.row_id AS ep_row, p.CHILD
    FROM placed_adoption p
    CROSS JOIN meta m
    LEFT JOIN earliest e ON e.CHILD = p.CHILD
    WHERE p.DATE_PLACED_CEASED < m.collection_start OR p.DATE_PLACED_CEASED < e.DECOM
)
SELECT pa_row AS row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM bad
UNION ALL
SELECT ep_row, CHILD, 'Episodes' FROM bad WHERE ep_row IS NOT NULL
