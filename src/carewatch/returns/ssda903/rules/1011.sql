-- code: 1011
-- severity: error
-- message: This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1011: if the final episode's REC is E3 then IN_TOUCH, ACTIV and ACCOM
-- should not be provided
WITH final AS (
    SELECT CHILD, REC FROM episodes
    WHERE DECOM IS NOT NULL
    -- The last row per child in (child, date) order; ties on DECOM keep the earlier row.
    QUALIFY lead(CHILD) OVER (ORDER BY CHILD, DECOM, row_id DESC) IS DISTINCT FROM CHILD
)
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o
WHERE o.CHILD IN (SELECT CHILD FROM final WHERE REC = 'E3')
  AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
