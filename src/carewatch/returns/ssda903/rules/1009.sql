-- code: 1009
-- severity: error
-- message: Reason for placement change is not a valid code.
-- table: Episodes
-- fields: REASON_PLACE_CHANGE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1009: REASON_PLACE_CHANGE, when given, must be a valid code
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE REASON_PLACE_CHANGE IS NOT NULL
  AND REASON_PLACE_CHANGE NOT IN (SELECT code FROM codes WHERE list = 'reason_place_change')
