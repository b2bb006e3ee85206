-- code: 348
-- severity: error
-- message: Care leaver has previously been reported as having died.
-- table: OC3
-- fields: IN_TOUCH
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 348
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o JOIN oc3_last l ON l.CHILD = o.CHILD
WHERE l.IN_TOUCH = 'DIED' AND o.IN_TOUCH IS DISTINCT FROM 'DIED'
