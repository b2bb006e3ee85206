-- code: 167
-- severity: error
-- message: Data entry for participation is invalid or blank.
-- table: Reviews
-- fields: REVIEW_CODE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 167 (a review needs a valid participation code; no review date, no code)
SELECT row_id, CHILD AS child_id
FROM reviews
WHERE NOT (
    (REVIEW_raw IS NOT NULL AND REVIEW_CODE IS NOT NULL AND REVIEW_CODE IN (SELECT code FROM codes WHERE list = 'review_code'))
    OR (REVIEW_raw IS NULL AND REVIEW_CODE IS NULL)
)
