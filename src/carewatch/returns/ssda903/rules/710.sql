-- code: 710
-- severity: error
-- message: Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.
-- table: DoLo
-- fields: DOLO_START, PLACE
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 710
-- For a DoLO with both dates, no episode overlapping it may be K1, P1, R5 or K3; both are reported.
WITH hits AS (
    SELECT d.row_id AS d_row, e.row_id AS e_row, d.CHILD
    FROM dolo d JOIN episodes e ON e.CHILD = d.CHILD
    WHERE d.DOLO_START IS NOT NULL AND d.DOLO_END IS NOT NULL
      AND (e.DEC IS NULL OR d.DOLO_START <= e.DEC) AND d.DOLO_END >= e.DECOM
      AND e.PLACE IN ('K1', 'P1', 'R5', 'K3')
)
SELECT DISTINCT d_row AS row_id, CHILD AS child_id, 'DoLo' AS table_name FROM hits
UNION ALL
SELECT DISTINCT e_row, CHILD, 'Episodes' FROM hits
