-- code: INT32
-- severity: error
-- message: Internal Check: Child should only exist once in Header.
-- table: Header
-- fields: CHILD
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, INT32
SELECT row_id, CHILD AS child_id
FROM header
WHERE CHILD IS NOT NULL
QUALIFY count(*) OVER (PARTITION BY CHILD) > 1
