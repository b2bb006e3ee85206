-- code: 441
-- severity: error
-- message: Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.
-- table: Reviews
-- fields: DOB, REVIEW, REVIEW_CODE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 441: if REVIEW_CODE is PN1-PN7 then REVIEW must be on or after the
-- 4th birthday
SELECT row_id, CHILD AS child_id
FROM reviews
WHERE REVIEW_CODE IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7') AND REVIEW < DOB + INTERVAL 4 YEAR
