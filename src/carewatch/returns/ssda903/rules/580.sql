-- code: 580
-- severity: error
-- message: Child is missing when cease being looked after but reason episode ceased not ‘E8’.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 580
-- A child still missing on their 18th birthday leaves care that day with REC E8 (DfE guidance on REC).
SELECT DISTINCT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN missing s ON s.CHILD = e.CHILD
WHERE s.MIS_END = CAST(s.DOB + INTERVAL 18 YEAR AS DATE) AND e.DEC = s.MIS_END AND e.REC IS DISTINCT FROM 'E8'
