-- code: 1010
-- severity: error
-- message: This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1010: a child whose last episode in last year's return was still
-- open must have episodes this year if it has OC3 information
WITH open_last AS (
    SELECT CHILD, DEC_raw FROM episodes_last
    WHERE DECOM IS NOT NULL
    -- The last row per child in (child, date) order.
    QUALIFY lead(CHILD) OVER (ORDER BY CHILD, DECOM, row_id) IS DISTINCT FROM CHILD
)
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o
WHERE o.CHILD IN (SELECT CHILD FROM open_last WHERE DEC_raw IS NULL)
  AND o.CHILD NOT IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL)
