-- code: 700
-- severity: error
-- message: The start date of the DoLO is not a valid date.
-- table: DoLo
-- fields: DOLO_START
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 700
-- Every DoLO has a start, so a blank start is not a valid date either.
SELECT row_id, CHILD AS child_id FROM dolo WHERE DOLO_START IS NULL
