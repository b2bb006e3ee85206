-- code: 709
-- severity: error
-- message: Child with a DoLO is in an unexpected placement type.
-- table: DoLo
-- fields: DOLO_START, PLACE
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 709
-- For a DoLO with both dates, every episode overlapping it should be K2, Z12 or Z13; both the DoLO and the
-- episode are reported.
WITH hits AS (
    SELECT d.row_id AS d_row, e.row_id AS e_row, d.CHILD
    FROM dolo d JOIN episodes e ON e.CHILD = d.CHILD
    WHERE d.DOLO_START IS NOT NULL AND d.DOLO_END IS NOT NULL
      AND (e.DEC IS NULL OR d.DOLO_START <= e.DEC) AND d.DOLO_END >= e.DECOM
      AND e.PLACE IS DISTINCT FROM 'K2' AND e.PLACE IS DISTINCT FROM 'Z12' AND e.PLACE IS DISTINCT FROM 'Z13'
)
SELECT DISTINCT d_row AS row_id, CHILD AS child_id, 'DoLo' AS table_name FROM hits
UNION ALL
SELECT DISTINCT e_row, CHILD, 'Episodes' FROM hits
