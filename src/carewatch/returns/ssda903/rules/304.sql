-- code: 304
-- severity: error
-- message: Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.
-- table: UASC
-- fields: DUC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 304
SELECT row_id, CHILD AS child_id FROM uasc WHERE DUC > CAST(DOB + INTERVAL 18 YEAR AS DATE)
