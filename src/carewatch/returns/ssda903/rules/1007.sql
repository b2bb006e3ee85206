-- code: 1007
-- severity: error
-- message: Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1007: if the young person is 17 or 18 at the collection end and was
-- looked after on their latest birthday (an episode began on or before it and ended after it, or is still open)
-- then IN_TOUCH, ACTIV and ACCOM should not be provided.
WITH leavers AS (
    SELECT o.row_id, o.CHILD, CAST(o.DOB + to_years(age_at(o.DOB, m.collection_end)) AS DATE) AS birthday
    FROM oc3 o CROSS JOIN meta m
    WHERE age_at(o.DOB, m.collection_end) IN (17, 18)
      AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
)
SELECT l.row_id, l.CHILD AS child_id
FROM leavers l JOIN episodes e ON e.CHILD = l.CHILD
WHERE e.DECOM <= l.birthday AND (e.DEC > l.birthday OR e.DEC_raw IS NULL)
