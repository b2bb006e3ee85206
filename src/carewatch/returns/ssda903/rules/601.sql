-- code: 601
-- severity: error
-- message: The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.
-- table: AD1
-- fields: REC, DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 601
-- A child adopted in the year (REC E11/E12, DEC in the year) needs every AD1 item. A child with no AD1 row at
-- all has not completed them either, so the adoption episode is reported on its own then.
WITH adopted AS (
    SELECT e.row_id, e.CHILD FROM episodes e, meta m
    WHERE e.REC IN ('E11', 'E12') AND e.DEC BETWEEN m.collection_start AND m.collection_end
), gaps AS (
    SELECT a.row_id AS ep_row, a.CHILD, d.row_id AS ad1_row
    FROM adopted a LEFT JOIN ad1 d ON d.CHILD = a.CHILD
    WHERE d.row_id IS NULL
       OR d.DATE_INT_raw IS NULL OR d.DATE_MATCH_raw IS NULL OR d.FOSTER_CARE IS NULL
       OR d.NB_ADOPTR IS NULL OR d.SEX_ADOPTR IS NULL OR d.LS_ADOPTR IS NULL
)
SELECT DISTINCT ad1_row AS row_id, CHILD AS child_id, 'AD1' AS table_name FROM gaps WHERE ad1_row IS NOT NULL
UNION ALL
SELECT DISTINCT ep_row, CHILD, 'Episodes' FROM gaps
