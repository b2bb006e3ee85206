-- code: 8920
-- severity: error
-- message: Child Protection Plan cannot end after the child’s Date of Death
-- table: ChildProtectionPlans
-- fields: CPPendDate, PersonDeathDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8920: if PersonDeathDate is present then CPPendDate must be on or
-- before it. Findings point at the plan and the child's identifiers.
WITH hits AS (
    SELECT p.row_id AS cpp_row, ci.row_id AS ci_row, p.LAchildID
    FROM child_protection_plans p JOIN child_identifiers ci ON ci.LAchildID = p.LAchildID
    WHERE p.CPPendDate > ci.PersonDeathDate
)
SELECT cpp_row AS row_id, LAchildID AS child_id, 'ChildProtectionPlans' AS table_name FROM hits
UNION ALL
SELECT DISTINCT ci_row AS row_id, LAchildID AS child_id, 'ChildIdentifiers' AS table_name FROM hits
