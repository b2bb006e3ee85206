-- code: 701
-- severity: error
-- message: The end date of the DoLO is not a valid date.
-- table: DoLo
-- fields: DOLO_END
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 701
-- A blank end is an open DoLO, not an error.
SELECT row_id, CHILD AS child_id FROM dolo WHERE DOLO_END_raw IS NOT NULL AND DOLO_END IS NULL
