-- code: 358
-- severity: error
-- message: Child with this legal status should not be under 10.
-- table: Episodes
-- fields: DECOM, DOB, LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 358
-- DfE logic: where LS is J1, J2 or J3 the DOB must be more than 10 years before DECOM (youth justice legal
-- statuses need the age of criminal responsibility).
WITH bad AS (
    SELECT e.row_id, e.CHILD, h.row_id AS header_row
    FROM episodes e JOIN header h ON h.CHILD = e.CHILD
    WHERE e.LS IN ('J1', 'J2', 'J3') AND CAST(h.DOB + INTERVAL 10 YEAR AS DATE) >= e.DECOM
)
SELECT row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT header_row AS row_id, CHILD AS child_id, 'Header' AS table_name FROM bad
