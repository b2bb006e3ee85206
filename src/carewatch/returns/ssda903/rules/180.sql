-- code: 180
-- severity: error
-- message: Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.
-- table: OC2
-- fields: SDQ_SCORE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 180 (if provided, a whole number 0 to 40)
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE SDQ_SCORE_raw IS NOT NULL AND (SDQ_SCORE IS NULL OR SDQ_SCORE NOT BETWEEN 0 AND 40)
