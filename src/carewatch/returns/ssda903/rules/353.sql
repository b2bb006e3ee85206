-- code: 353
-- severity: error
-- message: No episode submitted can start before 14 October 1991.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 353
-- 14 October 1991: the Children Act 1989 came into force.
SELECT row_id, CHILD AS child_id FROM episodes WHERE DECOM < DATE '1991-10-14'
