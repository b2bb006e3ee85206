-- code: 625
-- severity: error
-- message: Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.
-- table: Header
-- fields: MC_DOB, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 625
-- MC_DOB must not be after 31 March, nor after the DEC of the child's latest episode (by start date) when it
-- has ended. Both the Header row and that latest episode are reported.
WITH latest AS (
    SELECT row_id, CHILD, DEC FROM episodes
    WHERE DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, row_id DESC) = 1
), bad AS (
    SELECT h.row_id AS h_row, h.CHILD, l.row_id AS ep_row
    FROM header h LEFT JOIN latest l ON l.CHILD = h.CHILD, meta m
    WHERE h.MC_DOB > m.collection_end OR h.MC_DOB > l.DEC
)
SELECT h_row AS row_id, CHILD AS child_id, 'Header' AS table_name FROM bad
UNION ALL
SELECT ep_row, CHILD, 'Episodes' FROM bad WHERE ep_row IS NOT NULL
