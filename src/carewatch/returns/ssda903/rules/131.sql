-- code: 131
-- severity: error
-- message: Data entry for being in touch after leaving care is invalid.
-- table: OC3
-- fields: IN_TOUCH
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 131 (IN_TOUCH must be present and a valid code)
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE IN_TOUCH IS NULL OR IN_TOUCH NOT IN (SELECT code FROM codes WHERE list = 'in_touch')
