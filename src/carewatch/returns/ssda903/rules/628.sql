-- code: 628
-- severity: error
-- message: Motherhood details are not required for care leavers who have not been looked after during the year.
-- table: Header
-- fields: MOTHER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 628
-- A care leaver with OC3 details but no episode this year must have MOTHER blank.
SELECT h.row_id, h.CHILD AS child_id
FROM header h
WHERE h.MOTHER IS NOT NULL
  AND h.CHILD NOT IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL)
  AND h.CHILD IN (SELECT CHILD FROM oc3 WHERE IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
