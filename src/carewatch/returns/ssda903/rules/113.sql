-- code: 113
-- severity: error
-- message: Date matching child and adopter(s) is not a valid date.
-- table: AD1
-- fields: DATE_MATCH
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 113
SELECT row_id, CHILD AS child_id FROM ad1 WHERE DATE_MATCH_raw IS NOT NULL AND DATE_MATCH IS NULL
