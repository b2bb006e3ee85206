-- code: 217
-- severity: error
-- message: Children who are placed for adoption with current foster carers (placement types A3 or A5) must have
--   a reason for new episode of S, T or U.
-- table: Episodes
-- fields: PLACE, DECOM, RNE
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 217
-- Applies to episodes starting on or after 1 April 2015.
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IN ('A3', 'A5') AND DECOM >= DATE '2015-04-01' AND (RNE IS NULL OR RNE NOT IN ('S', 'T', 'U'))
