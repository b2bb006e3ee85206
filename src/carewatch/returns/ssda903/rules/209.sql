-- code: 209
-- severity: error
-- message: Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.
-- table: Header
-- fields: UPN, DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 209
-- School age: 4 or over on 31 August before the collection year began (31/08/2024 for 2025-26).
SELECT h.row_id, h.CHILD AS child_id
FROM header h CROSS JOIN meta m
WHERE upper(trim(h.UPN)) = 'UN1'
  AND CAST(h.DOB + INTERVAL 4 YEAR AS DATE) <= make_date(year(m.collection_start) - 1, 8, 31)
