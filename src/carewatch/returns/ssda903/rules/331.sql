-- code: 331
-- severity: error
-- message: Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.
-- table: AD1
-- fields: DATE_MATCH, DECOM, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 331
-- Compared with the start of the episode that ended in adoption (REC E11 or E12).
WITH pairs AS (
    SELECT a.row_id AS ad1_row, e.row_id AS episode_row, a.CHILD
    FROM ad1 a JOIN episodes e ON e.CHILD = a.CHILD
    WHERE e.REC IN ('E11', 'E12') AND a.DATE_MATCH > e.DECOM
)
SELECT ad1_row AS row_id, CHILD AS child_id, 'AD1' AS table_name FROM pairs
UNION ALL
SELECT episode_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM pairs
