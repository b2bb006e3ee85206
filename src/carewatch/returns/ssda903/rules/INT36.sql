-- code: INT36
-- severity: error
-- message: Internal Check: Child should only exist once in UASC.
-- table: UASC
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT36
SELECT row_id, CHILD AS child_id
FROM uasc
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
