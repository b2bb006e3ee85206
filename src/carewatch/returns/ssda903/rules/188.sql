-- code: 188
-- severity: error
-- message: Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.
-- table: OC2
-- fields: SDQ_SCORE,SDQ_REASON
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 188
SELECT o.row_id, o.CHILD AS child_id
FROM oc2 o CROSS JOIN meta m
WHERE o.DOB + INTERVAL 4 YEAR > m.collection_end AND (o.SDQ_SCORE_raw IS NOT NULL OR o.SDQ_REASON IS NOT NULL)
