-- code: 196
-- severity: error
-- message: Strengths and Difficulties (SDQ) reason is not a valid code.
-- table: OC2
-- fields: SDQ_REASON
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 196 (if provided, SDQ_REASON must be a valid code)
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE SDQ_REASON IS NOT NULL AND SDQ_REASON NOT IN (SELECT code FROM codes WHERE list = 'sdq_reason')
