-- code: 8940
-- severity: error
-- message: Child Protection Plan data contains overlapping dates
-- table: ChildProtectionPlans
-- fields: CPPstartDate, CPPendDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8940: where a child has more than one ChildProtectionPlans group, no
-- CPPstartDate may fall within another plan's CPPstartDate to CPPendDate, or its CPPstartDate to the ReferenceDate
-- when it has no CPPendDate (both ends inclusive, as the rule says "within"). Findings point at both plans.
WITH pairs AS (
    SELECT a.row_id AS a_row, b.row_id AS b_row, a.LAchildID
    FROM child_protection_plans a
    JOIN child_protection_plans b ON b.LAchildID = a.LAchildID AND b.row_id <> a.row_id
    CROSS JOIN meta m
    WHERE a.CPPstartDate >= b.CPPstartDate
      AND (a.CPPstartDate <= b.CPPendDate
           OR (b.CPPendDate_raw IS NULL AND a.CPPstartDate <= m.collection_end))
)
SELECT a_row AS row_id, LAchildID AS child_id FROM pairs
UNION
SELECT b_row AS row_id, LAchildID AS child_id FROM pairs
