-- code: 2886Q
-- severity: query
-- message: Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)
-- table: Header
-- fields: GenderCurrent, ExpectedPersonBirthDate
-- years: ..2023-24
-- source: DfE CIN census validation rules, rule 2886Q (return level, to 2023-24): the number of children whose
--   <GenderCurrent> (N00065) is 0 or missing and who have no <ExpectedPersonBirthDate> (N00098), divided by the
--   number of children, should be at most 0.02. Reported on the header.
WITH c AS (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE (GenderCurrent IS NULL OR GenderCurrent = '0') AND ExpectedPersonBirthDate_raw IS NULL) AS unknown
    FROM child_identifiers
)
SELECT h.row_id
FROM header h, c
WHERE c.total > 0 AND c.unknown > 0.02 * c.total
