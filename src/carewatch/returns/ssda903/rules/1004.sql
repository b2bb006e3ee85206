-- code: 1004
-- severity: error
-- message: The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.
-- table: Missing
-- fields: MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1004: MIS_START must be a valid date (blank is not)
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_START IS NULL
