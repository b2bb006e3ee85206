-- code: 530
-- severity: error
-- message: A placement provider code of PR4 cannot be associated with placement P1.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 530
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER = 'PR4' AND PLACE = 'P1'
