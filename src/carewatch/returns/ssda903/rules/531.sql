-- code: 531
-- severity: error
-- message: A placement provider code of PR5 cannot be associated with placements P1.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 531
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER = 'PR5' AND PLACE = 'P1'
