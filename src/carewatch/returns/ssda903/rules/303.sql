-- code: 303
-- severity: error
-- message: If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.
-- table: UASC
-- fields: DUC, UASC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 303
-- UASC status is 1 when the return has both a Header and a UASC row for the child, so a DUC on a UASC row
-- with no Header row is a DUC without UASC status.
SELECT u.row_id, u.CHILD AS child_id
FROM uasc u
WHERE u.DUC_raw IS NOT NULL AND u.CHILD NOT IN (SELECT CHILD FROM header WHERE CHILD IS NOT NULL)
