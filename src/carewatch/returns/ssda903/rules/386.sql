-- code: 386
-- severity: error
-- message: Reason episode ceased is adopted but child has reached age 18.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 386: if REC is E11 or E12 the child must be under 18 on DEC
-- Needs both dates: a blank or invalid DEC or DOB is other rules' business.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E11', 'E12') AND e.DEC >= h.DOB + INTERVAL 18 YEAR
