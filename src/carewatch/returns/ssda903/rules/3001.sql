-- code: 3001
-- severity: error
-- message: Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).
-- table: OC3
-- fields: ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 3001 (17th birthday in the collection year, by the Header DOB, and ACCOM Z1 or Z2)
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o JOIN header h ON h.CHILD = o.CHILD CROSS JOIN meta m
WHERE o.ACCOM IN ('Z1', 'Z2')
  AND h.DOB + INTERVAL 17 YEAR BETWEEN m.collection_start AND m.collection_end
