-- code: 214
-- severity: error
-- message: Placement location information not required.
-- table: Episodes
-- fields: PL_POST, URN
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 214
-- Short-break series (V3, V4) record no placement postcode or URN.
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE LS IN ('V3', 'V4') AND (PL_POST IS NOT NULL OR URN IS NOT NULL)
