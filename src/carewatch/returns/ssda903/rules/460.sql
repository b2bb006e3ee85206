-- code: 460
-- severity: error
-- message: Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.
-- table: Episodes
-- fields: DEC, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 460: if REC is E17 the child must be at least 18 on DEC
-- Needs both dates: a blank or invalid DEC or DOB is other rules' business.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E17') AND e.DEC < h.DOB + INTERVAL 18 YEAR
