-- code: 8620
-- severity: error
-- message: CIN Closure Date present and does not fall within the Census year
-- table: CINdetails
-- fields: CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8620: if present, CINclosureDate must be within the period of the census
-- (1 April to the ReferenceDate, 31 March; rule 100 holds ReferenceDate to the collection end)
SELECT c.row_id, c.LAchildID AS child_id
FROM cin_details c CROSS JOIN meta m
WHERE c.CINclosureDate NOT BETWEEN m.collection_start AND m.collection_end
