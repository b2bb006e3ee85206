-- code: 234
-- severity: error
-- message: A child aged under 10 can not change placement due to being admitted to custody
-- table: Episodes
-- fields: REASON_PLACE_CHANGE, DOB
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 234
-- DfE logic: if an episode starts before the 10th birthday, the previous episode's reason for placement change
-- cannot be CUSTOD. The finding points at the episode carrying CUSTOD and the child's Header.
WITH seq AS (
    SELECT row_id, CHILD, REASON_PLACE_CHANGE,
           LEAD(DECOM) OVER (PARTITION BY CHILD ORDER BY DECOM NULLS LAST, row_id) AS next_decom
    FROM episodes
    WHERE CHILD IN (SELECT CHILD FROM episodes WHERE REASON_PLACE_CHANGE = 'CUSTOD')
),
bad AS (
    SELECT s.row_id, s.CHILD, h.row_id AS header_row
    FROM seq s JOIN header h ON h.CHILD = s.CHILD
    WHERE s.REASON_PLACE_CHANGE = 'CUSTOD' AND s.next_decom < CAST(h.DOB + INTERVAL 10 YEAR AS DATE)
)
SELECT row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT header_row AS row_id, CHILD AS child_id, 'Header' AS table_name FROM bad
