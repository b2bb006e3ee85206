-- code: 207
-- severity: error
-- message: Mother status for the current year disagrees with the mother status already recorded for this child.
-- table: Header
-- fields: MOTHER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 207
-- Once recorded as a mother (1) last year, a child looked after this year must still be recorded as 1.
SELECT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE l.MOTHER = '1' AND h.MOTHER IS DISTINCT FROM '1'
  AND h.CHILD IN (SELECT CHILD FROM episodes)
