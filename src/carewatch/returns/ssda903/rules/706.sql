-- code: 706
-- severity: error
-- message: There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year.
-- table: DoLo_last
-- fields: DOLO_START
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 706. In 2026-27 last year's return (2025-26) collected no
--   DoLOs, so dolo_last is empty and the rule cannot fire until 2027-28.
SELECT l.row_id, l.CHILD AS child_id
FROM dolo_last l
WHERE l.DOLO_END_raw IS NULL AND l.DOLO_START IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dolo d WHERE d.CHILD = l.CHILD AND d.DOLO_START = l.DOLO_START)
