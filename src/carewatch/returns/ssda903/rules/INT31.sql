-- code: INT31
-- severity: error
-- message: Internal Check: Child should only exist once in AD1.
-- table: AD1
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT31
SELECT row_id, CHILD AS child_id
FROM ad1
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
