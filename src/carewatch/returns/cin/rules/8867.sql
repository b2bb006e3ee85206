-- code: 8867
-- severity: error
-- message: CIN episode is shown as closed, however Assessment is not shown as completed
-- table: CINdetails
-- fields: CINclosureDate, AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8867: if CINclosureDate is present then every Assessments group of the
-- CINdetails must include AssessmentAuthorisationDate. Findings point at the CINdetails and each open assessment.
WITH hits AS (
    SELECT c.row_id AS cin_row, a.row_id AS ass_row, c.LAchildID
    FROM cin_details c
    JOIN assessments a ON a.LAchildID = c.LAchildID AND a.CINdetailsID = c.CINdetailsID
    WHERE c.CINclosureDate_raw IS NOT NULL AND a.AssessmentAuthorisationDate_raw IS NULL
)
SELECT DISTINCT cin_row AS row_id, LAchildID AS child_id, 'CINdetails' AS table_name FROM hits
UNION ALL
SELECT ass_row AS row_id, LAchildID AS child_id, 'Assessments' AS table_name FROM hits
