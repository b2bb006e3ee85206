-- code: 2883
-- severity: error
-- message: There are more child protection plans starting than initial conferences taking place
-- table: Header
-- fields: CPPstartDate, DateOfInitialCPC
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 2883 (return level): the number of <CPPStartDate> (N00105) within
--   [Period_of_Census] must be no more than the number of <DateOfInitialCPC> (N00110) within it, counted on the
--   CINdetails modules plus the Section47 modules. Reported on the header.
WITH m AS (SELECT collection_start AS s, collection_end AS e FROM meta),
plans AS (SELECT count(*) AS n FROM child_protection_plans, m WHERE CPPstartDate BETWEEN m.s AND m.e),
icpcs AS (
    SELECT (SELECT count(*) FROM cin_details, m WHERE DateOfInitialCPC BETWEEN m.s AND m.e)
         + (SELECT count(*) FROM section47, m WHERE DateOfInitialCPC BETWEEN m.s AND m.e) AS n
)
SELECT h.row_id
FROM header h, plans p, icpcs i
WHERE p.n > i.n
