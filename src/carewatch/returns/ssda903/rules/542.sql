-- code: 542
-- severity: error
-- message: A child aged under 10 at 31 March should not have conviction information completed.
-- table: OC2
-- fields: CONVICTED
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 542
SELECT o.row_id, o.CHILD AS child_id
FROM oc2 o CROSS JOIN meta m
WHERE o.CONVICTED IS NOT NULL AND age_at(o.DOB, m.collection_end) < 10
