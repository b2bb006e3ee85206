-- code: 8775Q
-- severity: query
-- message: Please check and either amend data or provide a reason: Child is over 25 years old
-- table: ChildIdentifiers
-- fields: PersonBirthDate, CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8775Q: PersonBirthDate is before the ReferenceDate minus 25 years and
-- CINclosureDate is after PersonBirthDate plus 25 years or is missing. Findings point at the ChildIdentifiers row
-- and each such CINdetails.
WITH late AS (
    SELECT ci.row_id AS ci_row, c.row_id AS cin_row, c.LAchildID
    FROM child_identifiers ci CROSS JOIN meta m
    JOIN cin_details c ON c.LAchildID = ci.LAchildID
    WHERE ci.PersonBirthDate < m.collection_end - INTERVAL 25 YEAR
      AND (c.CINclosureDate_raw IS NULL OR c.CINclosureDate > ci.PersonBirthDate + INTERVAL 25 YEAR)
)
SELECT DISTINCT ci_row AS row_id, LAchildID AS child_id, 'ChildIdentifiers' AS table_name FROM late
UNION ALL
SELECT cin_row AS row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM late
