-- code: 231
-- severity: error
-- message: We expect that unaccompanied asylum seeking children are generally older young people. Please check
--   the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.
-- table: Header
-- fields: DOB, UASC
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 231
-- DfE logic: if UASC status = 1 then DOB must be more than 11 years before the collection end. A child is
-- UASC when the return has a UASC row for it.
SELECT h.row_id, h.CHILD AS child_id
FROM header h CROSS JOIN meta m
WHERE h.CHILD IN (SELECT CHILD FROM uasc)
  AND h.DOB > CAST(m.collection_end - INTERVAL 11 YEAR AS DATE)
