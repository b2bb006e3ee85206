-- code: 575
-- severity: error
-- message: If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.
-- table: Missing
-- fields: MIS_END
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 575
-- An open missing period that started during an episode which has ended.
SELECT DISTINCT s.row_id, s.CHILD AS child_id
FROM missing s JOIN episodes e ON e.CHILD = s.CHILD
WHERE s.MIS_END_raw IS NULL AND e.DEC IS NOT NULL AND s.MIS_START BETWEEN e.DECOM AND e.DEC
