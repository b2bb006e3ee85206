-- code: 1005
-- severity: error
-- message: The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.
-- table: Missing
-- fields: MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1005: MIS_END, when given, must be a valid date
SELECT row_id, CHILD AS child_id FROM missing WHERE MIS_END_raw IS NOT NULL AND MIS_END IS NULL
