-- code: 527
-- severity: error
-- message: A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.
-- table: Episodes
-- fields: PLACE, PLACE_PROVIDER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 527
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE_PROVIDER = 'PR1' AND PLACE IN ('P1', 'R2', 'R5')
