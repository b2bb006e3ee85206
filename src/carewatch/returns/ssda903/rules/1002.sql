-- code: 1002
-- severity: error
-- message: This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1002: a child with OC3 information must have episodes of care
-- (this year's or last year's return)
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o
WHERE o.CHILD NOT IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL)
  AND o.CHILD NOT IN (SELECT CHILD FROM episodes_last WHERE CHILD IS NOT NULL)
