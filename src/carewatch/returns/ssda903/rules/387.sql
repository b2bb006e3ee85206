-- code: 387
-- severity: error
-- message: Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 387: if REC is E5 or E6 the child must be at least 14 on DEC
-- Needs both dates: a blank or invalid DEC or DOB is other rules' business.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E5', 'E6') AND e.DEC < h.DOB + INTERVAL 14 YEAR
