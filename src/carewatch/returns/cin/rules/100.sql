-- code: 100
-- severity: error
-- message: Reference Date is incorrect
-- table: Header
-- fields: ReferenceDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 100: <ReferenceDate> (N00603) must be present and must equal
--   31 March at the end of the collection year (2026-03-31 for 2025-26).
SELECT h.row_id
FROM header h CROSS JOIN meta m
WHERE h.ReferenceDate IS NULL OR h.ReferenceDate <> m.collection_end
