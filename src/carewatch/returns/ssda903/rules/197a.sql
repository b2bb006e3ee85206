-- code: 197a
-- severity: error
-- message: Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.
-- table: OC2
-- fields: SDQ_SCORE,SDQ_REASON
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 197a
SELECT row_id, CHILD AS child_id FROM oc2 WHERE SDQ_SCORE_raw IS NOT NULL AND SDQ_REASON IS NOT NULL
