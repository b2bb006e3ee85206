-- code: 442
-- severity: error
-- message: Unique Pupil Number (UPN) field is not completed.
-- table: Header
-- fields: UPN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 442: where any episode has LS other than V3 or V4, UPN must be provided
SELECT h.row_id, h.CHILD AS child_id
FROM header h
WHERE h.UPN IS NULL AND h.CHILD IN (SELECT CHILD FROM episodes WHERE LS IS NULL OR LS NOT IN ('V3', 'V4'))
