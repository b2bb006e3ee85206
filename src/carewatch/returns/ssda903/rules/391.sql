-- code: 391
-- severity: error
-- message: Young person was not 17, 18, 19, 20 or 21 during the current collection year.
-- table: OC3
-- fields: DOB, IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 391: if the young person is under 17 at the collection end then
-- IN_TOUCH, ACTIV and ACCOM should not be provided
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o CROSS JOIN meta m
WHERE o.DOB + INTERVAL 17 YEAR > m.collection_end
  AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
