-- code: 565
-- severity: error
-- message: The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.
-- table: Missing
-- fields: MISSING, MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 565
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_START_raw IS NOT NULL AND MISSING IS NULL
