-- code: 101
-- severity: error
-- message: The child or young person’s reported sex is not valid.
-- table: Header
-- fields: SEX
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, rule 101 (SEX must be M, F or U)
SELECT row_id, CHILD AS child_id
FROM header
WHERE SEX IS NULL OR SEX NOT IN (SELECT code FROM codes WHERE list = 'sex')
