-- code: 8839
-- severity: error
-- message: Within one CINDetails group there are 2 or more open S47 Assessments
-- table: Section47
-- fields: DateOfInitialCPC, ICPCnotRequired
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8839: within one CINdetails there must be only one Section47 group
-- that has no DateOfInitialCPC and whose ICPCnotRequired is not true. Findings point at each such open enquiry.
SELECT row_id, LAchildID AS child_id
FROM section47
WHERE DateOfInitialCPC_raw IS NULL AND ICPCnotRequired IS NOT TRUE
QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) > 1
