-- code: 440
-- severity: error
-- message: Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.
-- table: Reviews
-- fields: DOB, REVIEW, REVIEW_CODE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 440: if REVIEW_CODE is PN0 then REVIEW must not be after the 4th birthday
SELECT row_id, CHILD AS child_id FROM reviews WHERE REVIEW_CODE = 'PN0' AND REVIEW > DOB + INTERVAL 4 YEAR
