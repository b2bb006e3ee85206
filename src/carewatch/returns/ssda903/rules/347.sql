-- code: 347
-- severity: error
-- message: Care leavers aged under 18 years, can not be accommodated in a Foyer.
-- table: OC3
-- fields: ACCOM, DOB
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, rule 347
-- DfE logic: if ACCOM is a foyer (T, with suitability digit: T1, T2) then the care leaver must be 18 or over
-- at the collection start.
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o CROSS JOIN meta m
WHERE o.ACCOM LIKE 'T%' AND age_at(o.DOB, m.collection_start) < 18
