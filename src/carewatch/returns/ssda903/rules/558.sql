-- code: 558
-- severity: error
-- message: If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.
-- table: Episodes
-- fields: DATE_PLACED_CEASED, REC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 558
-- DfE: if the child was adopted (REC E11/E12) and more than one decision is recorded, the latest must still be
-- standing. Fails when every one of the child's decisions has a DATE_PLACED_CEASED.
SELECT e.row_id, e.CHILD AS child_id
FROM episodes e
JOIN (
    SELECT CHILD FROM placed_adoption
    GROUP BY CHILD
    HAVING count(*) > 1 AND bool_and(DATE_PLACED_CEASED_raw IS NOT NULL)
) p ON p.CHILD = e.CHILD
WHERE e.REC IN ('E11', 'E12')
