-- code: 444
-- severity: error
-- message: Duplicate UPN has been reported
-- table: Header
-- fields: UPN
-- years: 2025-26..
-- source: DfE SSDA903 validation rules 2025-26, rule 444: a UPN other than UN1-UN5 must be unique in the return
-- UPN is free text as received, so case is ignored when comparing.
SELECT row_id, CHILD AS child_id
FROM header
WHERE UPN IS NOT NULL AND upper(UPN) NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')
QUALIFY count(*) OVER (PARTITION BY upper(UPN)) > 1
