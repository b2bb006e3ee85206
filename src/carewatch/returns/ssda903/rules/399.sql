-- code: 399
-- severity: error
-- message: Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.
-- table: Header
-- fields: MOTHER, LS, REVIEW, REVIEW_CODE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 399: if LS is V3 or V4 then MOTHER, REVIEW and REVIEW_CODE should
-- not be provided. Only children whose every episode is V3/V4 are checked: a child with any other legal status
-- is looked after in the ordinary way and needs these fields. Findings point at the child's episodes, its
-- Header row, and its review rows (every review row when MOTHER is completed, else those with review data).
WITH short_break AS (
    SELECT CHILD FROM episodes GROUP BY CHILD HAVING bool_and(COALESCE(LS IN ('V3', 'V4'), FALSE))
),
mother AS (
    SELECT DISTINCT CHILD FROM header WHERE MOTHER IS NOT NULL AND CHILD IN (SELECT CHILD FROM short_break)
),
reviewed AS (
    SELECT DISTINCT CHILD FROM reviews
    WHERE (REVIEW_raw IS NOT NULL OR REVIEW_CODE IS NOT NULL) AND CHILD IN (SELECT CHILD FROM short_break)
),
offending AS (SELECT CHILD FROM mother UNION SELECT CHILD FROM reviewed)
SELECT row_id, CHILD AS child_id, 'Episodes' AS table_name FROM episodes WHERE CHILD IN (SELECT CHILD FROM offending)
UNION ALL
SELECT row_id, CHILD AS child_id, 'Header' AS table_name FROM header WHERE CHILD IN (SELECT CHILD FROM offending)
UNION ALL
SELECT row_id, CHILD AS child_id, 'Reviews' AS table_name FROM reviews
WHERE CHILD IN (SELECT CHILD FROM mother)
   OR (CHILD IN (SELECT CHILD FROM reviewed) AND (REVIEW_raw IS NOT NULL OR REVIEW_CODE IS NOT NULL))
