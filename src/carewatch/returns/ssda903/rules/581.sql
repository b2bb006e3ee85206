-- code: 581
-- severity: error
-- message: Child is missing but has not yet started to be looked after.
-- table: Missing
-- fields: MIS_START
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 581
-- Fails when the start of the missing period falls in none of the child's episodes (an open episode runs on).
SELECT s.row_id, s.CHILD AS child_id
FROM missing s JOIN episodes e ON e.CHILD = s.CHILD
WHERE s.MIS_START IS NOT NULL
GROUP BY s.row_id, s.CHILD
HAVING NOT bool_or(COALESCE(s.MIS_START >= e.DECOM AND (e.DEC IS NULL OR s.MIS_START <= e.DEC), FALSE))
