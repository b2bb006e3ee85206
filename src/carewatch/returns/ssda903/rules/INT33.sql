-- code: INT33
-- severity: error
-- message: Internal Check: Child should only exist once in OC2.
-- table: OC2
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT33
SELECT row_id, CHILD AS child_id
FROM oc2
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
