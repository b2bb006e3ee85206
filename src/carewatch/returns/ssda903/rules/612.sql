-- code: 612
-- severity: error
-- message: Date of birth field has been completed but mother field indicates child is not a mother.
-- table: Header
-- fields: SEX, MOTHER, MC_DOB
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 612
SELECT row_id, CHILD AS child_id
FROM header
WHERE SEX = 'F' AND (MOTHER = '0' OR MOTHER IS NULL) AND MC_DOB_raw IS NOT NULL
