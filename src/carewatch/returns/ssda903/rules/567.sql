-- code: 567
-- severity: error
-- message: The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.
-- table: Missing
-- fields: MIS_START, MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 567
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_END < MIS_START
