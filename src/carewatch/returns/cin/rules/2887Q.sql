-- code: 2887Q
-- severity: query
-- message: Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return
-- table: Header
-- fields: Disability
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2887Q (return level): excluding NONE, the number of different valid
--   <Disability> (N00099) codes used in the return should be more than 7. Reported on the header.
WITH used AS (
    SELECT count(DISTINCT d.Disability) AS n
    FROM disabilities d
    WHERE d.Disability <> 'NONE' AND d.Disability IN (SELECT code FROM codes WHERE list = 'disability')
)
SELECT h.row_id
FROM header h, used
WHERE used.n <= 7
