-- code: 626
-- severity: error
-- message: Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.
-- table: Header
-- fields: MOTHER, MC_DOB
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 626
SELECT DISTINCT h.row_id, h.CHILD AS child_id
FROM header h JOIN header_last l ON l.CHILD = h.CHILD, meta m
WHERE h.MOTHER = '1' AND l.MOTHER = '0' AND h.MC_DOB < m.collection_start
