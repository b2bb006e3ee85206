-- code: 2886Q
-- severity: query
-- message: Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)
-- table: Header
-- fields: Sex, ExpectedPersonBirthDate
-- years: 2024-25..
-- source: DfE CIN census validation rules 2024-25, rule 2886Q (return level): the number of children whose <Sex>
--   (N00783) is U or missing and who have no <ExpectedPersonBirthDate> (N00098), divided by the number of children,
--   should be at most 0.02. Reported on the header.
WITH c AS (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE (Sex IS NULL OR Sex = 'U') AND ExpectedPersonBirthDate_raw IS NULL) AS unknown
    FROM child_identifiers
)
SELECT h.row_id
FROM header h, c
WHERE c.total > 0 AND c.unknown > 0.02 * c.total
