-- code: 550
-- severity: error
-- message: A placement provider code of PR0 can only be associated with placement P1.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 550
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER = 'PR0' AND PLACE IS DISTINCT FROM 'P1'
