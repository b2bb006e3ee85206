-- code: 8715
-- severity: error
-- message: Date of Initial Child Protection Conference must fall within the census year
-- table: Section47
-- fields: DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8715: if present, DateOfInitialCPC (Section47) must be on or between
-- the start of the census year and the ReferenceDate
SELECT s.row_id, s.LAchildID AS child_id
FROM section47 s CROSS JOIN meta m
WHERE s.DateOfInitialCPC NOT BETWEEN m.collection_start AND m.collection_end
