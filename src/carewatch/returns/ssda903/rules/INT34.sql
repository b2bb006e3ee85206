-- code: INT34
-- severity: error
-- message: Internal Check: Child should only exist once in OC3.
-- table: OC3
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT34
SELECT row_id, CHILD AS child_id
FROM oc3
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
