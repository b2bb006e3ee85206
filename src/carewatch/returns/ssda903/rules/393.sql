-- code: 393
-- severity: error
-- message: Child is looked after but mother field is not completed.
-- table: Header
-- fields: MOTHER
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 393: if SEX is F and the child has an episode with LS not
-- V3 or V4 then MOTHER must be provided
SELECT h.row_id, h.CHILD AS child_id
FROM header h
WHERE h.SEX = 'F' AND h.MOTHER IS NULL
  AND h.CHILD IN (SELECT CHILD FROM episodes WHERE LS IS NULL OR LS NOT IN ('V3', 'V4'))
