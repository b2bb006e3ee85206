-- code: 1016
-- severity: error
-- message: Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, rule 1016: if the young person is 17 (or 18) at the collection end
-- and an episode ended on or after their 17th (or 18th) birthday, then IN_TOUCH, ACTIV and ACCOM should not be
-- provided.
WITH leavers AS (
    SELECT o.row_id, o.CHILD, o.DOB, age_at(o.DOB, m.collection_end) AS age
    FROM oc3 o CROSS JOIN meta m
    WHERE age_at(o.DOB, m.collection_end) IN (17, 18)
      AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
)
SELECT l.row_id, l.CHILD AS child_id
FROM leavers l JOIN episodes e ON e.CHILD = l.CHILD
WHERE e.DEC >= l.DOB + to_years(l.age)
