-- code: 2885
-- severity: error
-- message: Child protection plan shown as starting a different day to the initial child protection conference.
-- table: ChildProtectionPlans
-- fields: CPPstartDate, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2885: if <CPPStartDate> (N00105) is present and within
--   [Period_of_Census], it should equal a <DateOfInitialCPC> (N00110) of a Section47 module of the same CINdetails,
--   or, when that CINdetails has no Section47 module needing a conference (ICPCnotRequired not true), the
--   CINdetails module's <DateOfInitialCPC>.
WITH s47 AS (
    SELECT LAchildID, CINdetailsID, DateOfInitialCPC
    FROM section47
    WHERE ICPCnotRequired IS DISTINCT FROM true
),
plans AS (
    SELECT p.row_id, p.LAchildID, p.CINdetailsID, p.CPPstartDate
    FROM child_protection_plans p CROSS JOIN meta m
    WHERE p.CPPstartDate BETWEEN m.collection_start AND m.collection_end
),
has_s47 AS (SELECT DISTINCT LAchildID, CINdetailsID FROM s47),
matched_s47 AS (
    SELECT DISTINCT p.row_id
    FROM plans p JOIN s47 s ON s.LAchildID = p.LAchildID AND s.CINdetailsID = p.CINdetailsID
    WHERE s.DateOfInitialCPC = p.CPPstartDate
)
SELECT p.row_id
FROM plans p
LEFT JOIN has_s47 h ON h.LAchildID = p.LAchildID AND h.CINdetailsID = p.CINdetailsID
LEFT JOIN cin_details c ON c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
WHERE CASE WHEN h.LAchildID IS NOT NULL THEN p.row_id NOT IN (SELECT row_id FROM matched_s47)
           ELSE c.DateOfInitialCPC IS DISTINCT FROM p.CPPstartDate END
