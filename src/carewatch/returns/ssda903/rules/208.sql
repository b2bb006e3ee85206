-- code: 208
-- severity: error
-- message: Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already
--   recorded for this child.
-- table: Header
-- fields: UPN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 208
-- A UPN may change only from unknown to known: from blank or UN1 to UN2-UN5, from blank to UN1, or from
-- blank or any UN code to a real UPN. Blank in both years is left to rule 442.
WITH u AS (
    SELECT h.row_id, h.CHILD, upper(trim(h.UPN)) AS now, upper(trim(l.UPN)) AS was
    FROM header h JOIN header_last l ON l.CHILD = h.CHILD
),
k AS (
    SELECT row_id, CHILD, now, was,
           COALESCE(was, '') IN ('', 'UN1', 'UN2', 'UN3', 'UN4', 'UN5') AS was_unknown,
           COALESCE(now, '') IN ('', 'UN1', 'UN2', 'UN3', 'UN4', 'UN5') AS now_unknown
    FROM u
)
SELECT row_id, CHILD AS child_id
FROM k
WHERE now IS DISTINCT FROM was
  AND NOT (COALESCE(was, 'UN1') = 'UN1' AND COALESCE(now, '') IN ('UN2', 'UN3', 'UN4', 'UN5'))
  AND NOT (was IS NULL AND now = 'UN1')
  AND NOT (was_unknown AND NOT now_unknown)
