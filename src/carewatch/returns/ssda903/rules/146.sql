-- code: 146
-- severity: error
-- message: Placement type code is not a valid code.
-- table: Episodes
-- fields: PLACE
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 146 (H5 and P2 withdrawn; Z1 split into Z11-Z14)
SELECT row_id, CHILD AS child_id
FROM episodes
WHERE PLACE IS NOT NULL AND PLACE NOT IN (SELECT code FROM codes WHERE list = 'place')
