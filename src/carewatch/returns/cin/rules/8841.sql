-- code: 8841
-- severity: error
-- message: The review date cannot be on the same day or before the Child protection Plan start date.
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CPPreviewDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8841: within a ChildProtectionPlans group no CPPreviewDate may be on
-- or before CPPstartDate. Every CPPreviewDate of the plan is checked. Findings point at the plan and each review.
WITH hits AS (
    SELECT p.row_id AS cpp_row, r.row_id AS review_row, p.LAchildID
    FROM child_protection_plans p
    JOIN cpp_reviews r ON r.LAchildID = p.LAchildID AND r.CINdetailsID = p.CINdetailsID AND r.CPPID = p.CPPID
    WHERE r.CPPreviewDate <= p.CPPstartDate
)
SELECT DISTINCT cpp_row AS row_id, LAchildID AS child_id, 'ChildProtectionPlans' AS table_name FROM hits
UNION ALL
SELECT review_row AS row_id, LAchildID AS child_id, 'Reviews' AS table_name FROM hits
