-- code: 2888Q
-- severity: query
-- message: Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.
-- table: Header
-- fields: Disability
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2888Q (return level): excluding NONE, one or more children should
--   have more than one <Disability> (N00099) recorded. Reported on the header when no child has two different codes.
WITH per_child AS (
    SELECT LAchildID, count(DISTINCT Disability) AS n
    FROM disabilities
    WHERE Disability <> 'NONE'
    GROUP BY LAchildID
)
SELECT h.row_id
FROM header h
WHERE NOT EXISTS (SELECT 1 FROM per_child WHERE n > 1)
