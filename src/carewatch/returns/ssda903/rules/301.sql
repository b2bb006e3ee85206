-- code: 301
-- severity: error
-- message: Date of birth falls after the year ended.
-- table: Header
-- fields: DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 301
SELECT h.row_id, h.CHILD AS child_id FROM header h CROSS JOIN meta m WHERE h.DOB > m.collection_end
