-- code: 114
-- severity: error
-- message: Data entry to record the status of former carer(s) of an adopted child is invalid.
-- table: AD1
-- fields: FOSTER_CARE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 114 (if provided, FOSTER_CARE must be 0 or 1)
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE FOSTER_CARE IS NOT NULL AND FOSTER_CARE NOT IN (SELECT code FROM codes WHERE list = 'flag')
