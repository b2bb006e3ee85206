-- code: 117
-- severity: error
-- message: Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.
-- table: PlacedAdoption
-- fields: DATE_PLACED_CEASED,DATE_PLACED,DEC,REC,DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 117: if provided, DATE_PLACED and DATE_PLACED_CEASED must not be after
--   the collection end or the DEC of the latest episode whose REC is not X1
-- The latest episode by start date among those not ending X1 (an open episode counts, so a child back in care
-- is not compared with an earlier exit).
WITH latest AS (
    SELECT row_id, CHILD, DEC
    FROM episodes
    WHERE DECOM IS NOT NULL AND REC IS DISTINCT FROM 'X1'
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, row_id DESC) = 1
),
bad AS (
    SELECT p.row_id AS pa_row, l.row_id AS ep_row, p.CHILD
    FROM placed_adoption p
    CROSS JOIN meta m
    LEFT JOIN latest l ON l.CHILD = p.CHILD
    WHERE p.DATE_PLACED > m.collection_end OR p.DATE_PLACED_CEASED > m.collection_end
       OR p.DATE_PLACED > l.DEC OR p.DATE_PLACED_CEASED > l.DEC
)
SELECT pa_row AS row_id, CHILD AS child_id, 'PlacedAdoption' AS table_name FROM bad
UNION ALL
SELECT ep_row, CHILD, 'Episodes' FROM bad WHERE ep_row IS NOT NULL
