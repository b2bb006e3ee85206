-- code: 210
-- severity: error
-- message: Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number
--   (UPN) code of UN4.
-- table: Episodes
-- fields: UPN, DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 210
-- DfE logic: if UPN = UN4 then no episode may start on or after 24 March of the year the collection ends.
-- (The logic and the message read oppositely; the logic is what the DfE checks. See rules-batch2 notes.)
WITH bad AS (
    SELECT e.row_id, e.CHILD
    FROM episodes e JOIN header h ON h.CHILD = e.CHILD CROSS JOIN meta m
    WHERE upper(trim(h.UPN)) = 'UN4' AND e.DECOM >= make_date(year(m.collection_end), 3, 24)
)
SELECT row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT h.row_id, h.CHILD AS child_id, 'Header' AS table_name FROM header h WHERE h.CHILD IN (SELECT CHILD FROM bad)
