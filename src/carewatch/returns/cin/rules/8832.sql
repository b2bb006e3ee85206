-- code: 8832
-- severity: error
-- message: Child Protection details provided for a referral with no further action.
-- table: ChildProtectionPlans
-- fields: CINdetailsID, ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8832: if a CINdetails has ReferralNFA true or 1 there should be no
-- ChildProtectionPlans group in it. Findings point at each such plan and at its CINdetails.
WITH hits AS (
    SELECT p.row_id AS cpp_row, c.row_id AS cin_row, c.LAchildID
    FROM cin_details c
    JOIN child_protection_plans p ON p.LAchildID = c.LAchildID AND p.CINdetailsID = c.CINdetailsID
    WHERE c.ReferralNFA IS TRUE
)
SELECT cpp_row AS row_id, LAchildID AS child_id, 'ChildProtectionPlans' AS table_name FROM hits
UNION ALL
SELECT DISTINCT cin_row AS row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM hits
