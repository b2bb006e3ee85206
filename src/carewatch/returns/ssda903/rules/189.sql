-- code: 189
-- severity: error
-- message: Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.
-- table: OC2
-- fields: DOB,SDQ_SCORE,SDQ_REASON
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 189 (DOB more than 17 years before the collection start)
SELECT o.row_id, o.CHILD AS child_id
FROM oc2 o CROSS JOIN meta m
WHERE o.DOB + INTERVAL 17 YEAR < m.collection_start AND (o.SDQ_SCORE_raw IS NOT NULL OR o.SDQ_REASON IS NOT NULL)
