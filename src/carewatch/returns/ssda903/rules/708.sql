-- code: 708
-- severity: error
-- message: Dates of DoLOs are before child’s date of birth.
-- table: DoLo
-- fields: DOLO_START
-- years: 2026-27..
-- source: DfE SSDA903 validation rules 2026-27, rule 708
-- The DfE logic: DOLO_START must be after DOB.
SELECT row_id, CHILD AS child_id FROM dolo WHERE DOLO_START <= DOB
