-- code: 620
-- severity: error
-- message: Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.
-- table: Header
-- fields: DOB, MOTHER
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 620
-- Age is taken at the start of the collection year.
SELECT h.row_id, h.CHILD AS child_id
FROM header h, meta m
WHERE h.MOTHER = '1' AND age_at(h.DOB, m.collection_start) < 11
