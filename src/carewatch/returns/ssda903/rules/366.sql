-- code: 366
-- severity: error
-- message: A child cannot change placement during the course of an individual short-term respite break.
-- table: Episodes
-- fields: RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 366
-- Every V3 episode is a break of its own, so it must start with RNE = S.
SELECT row_id, CHILD AS child_id FROM episodes WHERE LS = 'V3' AND RNE IS DISTINCT FROM 'S'
