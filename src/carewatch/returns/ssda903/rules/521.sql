-- code: 521
-- severity: error
-- message: Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.
-- table: Episodes
-- fields: PLACE, DECOM, DATE_INT
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 521
-- Placed for adoption = an episode with placement A3-A6; both the episode and the AD1 row are reported.
WITH bad AS (
    SELECT e.row_id AS ep_row, a.row_id AS ad1_row, e.CHILD
    FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
    WHERE e.PLACE IN ('A3', 'A4', 'A5', 'A6') AND a.DATE_INT > e.DECOM
)
SELECT DISTINCT ep_row AS row_id, CHILD AS child_id, 'Episodes' AS table_name FROM bad
UNION ALL
SELECT DISTINCT ad1_row, CHILD, 'AD1' FROM bad
