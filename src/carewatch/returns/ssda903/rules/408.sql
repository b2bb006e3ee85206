-- code: 408
-- severity: error
-- message: Child is placed for adoption with a placement order, but no placement order has been recorded.
-- table: Episodes
-- fields: PLACE, LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 408: if PLACE is A5 or A6 then LS must be E1
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE IN ('A5', 'A6') AND LS IS DISTINCT FROM 'E1'
