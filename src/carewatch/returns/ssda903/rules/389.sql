-- code: 389
-- severity: error
-- message: Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.
-- table: Episodes
-- fields: REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 389: if REC is E7 the child must be at least 16 on DEC
-- Needs both dates: a blank or invalid DEC or DOB is other rules' business.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E7') AND e.DEC < h.DOB + INTERVAL 16 YEAR
