-- code: 564
-- severity: error
-- message: Child was missing or away from placement without authorisation and the date started is blank.
-- table: Missing
-- fields: MISSING, MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 564
SELECT row_id, CHILD AS child_id FROM missing WHERE MISSING IN ('M', 'A') AND MIS_START_raw IS NULL
