-- code: 378
-- severity: error
-- message: A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.
-- table: Episodes
-- fields: PLACE, LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 378: if PLACE = 'P1' then LS must not be 'V2'
SELECT row_id, CHILD AS child_id FROM episodes WHERE PLACE = 'P1' AND LS = 'V2'
