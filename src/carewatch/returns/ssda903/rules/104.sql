-- code: 104
-- severity: error
-- message: Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.
-- table: UASC
-- fields: DUC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 104 (if provided, DUC must be a valid date and not before the collection start)
SELECT u.row_id, u.CHILD AS child_id
FROM uasc u, meta m
WHERE (u.DUC_raw IS NOT NULL AND u.DUC IS NULL) OR u.DUC < m.collection_start
