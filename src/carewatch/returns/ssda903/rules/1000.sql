-- code: 1000
-- severity: error
-- message: This child is recorded as having died in care and therefore should not have the care leaver information completed.
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1000: if an episode has REC E2 then the child should have no OC3
-- care leaver information. This year's episodes only, so the rule runs without last year's return.
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o
WHERE o.CHILD IN (SELECT CHILD FROM episodes WHERE REC = 'E2')
