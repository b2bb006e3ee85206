-- code: 562
-- severity: error
-- message: Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.
-- table: Episodes
-- fields: DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 562
-- The child's earliest episode that began before 1 April must be last year's final episode (same start date;
-- final_episode_last, rule_tables.sql).
WITH first_early AS (
    SELECT e.row_id, e.CHILD, e.DECOM FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM < m.collection_start
    QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM, e.row_id) = 1
)
SELECT f.row_id, f.CHILD AS child_id
FROM first_early f LEFT JOIN final_episode_last l ON l.CHILD = f.CHILD AND l.DECOM = f.DECOM
WHERE l.CHILD IS NULL
