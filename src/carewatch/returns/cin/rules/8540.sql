-- code: 8540
-- severity: error
-- message: Child’s disability is missing or invalid (see Disability table)
-- table: Disabilities
-- fields: Disability, PersonBirthDate, ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8540: if <PersonBirthDate> (N00066) is present and at least one
--   <ReferralNFA> (N00112) of the child is false or 0, one or more <Disability> (N00099) must be present and all must
--   be valid codes. A child with none is reported on its ChildIdentifiers row; an invalid code on its own row.
WITH checked AS (
    SELECT row_id, LAchildID
    FROM child_identifiers
    WHERE PersonBirthDate_raw IS NOT NULL
      AND LAchildID IN (SELECT LAchildID FROM cin_details WHERE ReferralNFA = false)
)
SELECT k.row_id, 'ChildIdentifiers' AS table_name
FROM checked k
WHERE k.LAchildID NOT IN (SELECT LAchildID FROM disabilities WHERE LAchildID IS NOT NULL)
UNION ALL
SELECT d.row_id, 'Disabilities' AS table_name
FROM disabilities d
JOIN checked k ON k.LAchildID = d.LAchildID
WHERE d.Disability IS NULL OR d.Disability NOT IN (SELECT code FROM codes WHERE list = 'disability')
