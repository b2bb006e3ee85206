-- code: 426
-- severity: error
-- message: A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.
-- table: Episodes
-- fields: LS
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 426: a child cannot have both V3 and V4 episodes in the year
WITH both_kinds AS (
    SELECT CHILD FROM episodes WHERE LS IN ('V3', 'V4') GROUP BY CHILD HAVING count(DISTINCT LS) = 2
)
SELECT row_id, CHILD AS child_id FROM episodes WHERE LS IN ('V3', 'V4') AND CHILD IN (SELECT CHILD FROM both_kinds)
