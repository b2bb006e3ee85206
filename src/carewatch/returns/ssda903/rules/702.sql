-- code: 702
-- severity: error
-- message: The date that the DoLO ended is before the date that it started.
-- table: DoLo
-- fields: DOLO_START, DOLO_END
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 702
SELECT row_id, CHILD AS child_id FROM dolo WHERE DOLO_END < DOLO_START
