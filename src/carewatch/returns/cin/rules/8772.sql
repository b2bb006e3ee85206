-- code: 8772
-- severity: error
-- message: UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action
-- table: ChildIdentifiers
-- fields: UPNunknown, ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8772: if UPNunknown is UN7 then all of the child's CINdetails must
-- have ReferralNFA true or 1. Findings point at the ChildIdentifiers row and each CINdetails that is not NFA.
WITH un7 AS (SELECT row_id, LAchildID FROM child_identifiers WHERE UPNunknown = 'UN7'),
further AS (
    SELECT c.row_id, c.LAchildID FROM cin_details c
    WHERE c.ReferralNFA IS NOT TRUE AND c.LAchildID IN (SELECT LAchildID FROM un7)
)
SELECT row_id, LAchildID AS child_id, 'ChildIdentifiers' AS table_name FROM un7
WHERE LAchildID IN (SELECT LAchildID FROM further)
UNION ALL
SELECT row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM further
