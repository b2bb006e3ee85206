-- code: 566
-- severity: error
-- message: The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.
-- table: Missing
-- fields: MISSING, MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 566
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_END_raw IS NOT NULL AND MISSING IS NULL
