-- code: 8863Q
-- severity: query
-- message: An Assessment is shown as starting when there is another Assessment ongoing.
-- table: Assessments
-- fields: AssessmentActualStartDate, AssessmentAuthorisationDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8863Q: within one CINdetails each AssessmentActualStartDate must not
-- fall on or between (a) the start and authorisation date of any other Assessments group that has one, or (b) the
-- start of any other group without an authorisation date and the ReferenceDate. Findings point at both groups.
WITH pairs AS (
    SELECT a.row_id AS a_row, b.row_id AS b_row, a.LAchildID
    FROM assessments a
    JOIN assessments b ON b.LAchildID = a.LAchildID AND b.CINdetailsID = a.CINdetailsID AND b.row_id <> a.row_id
    CROSS JOIN meta m
    WHERE a.AssessmentActualStartDate >= b.AssessmentActualStartDate
      AND (a.AssessmentActualStartDate <= b.AssessmentAuthorisationDate
           OR (b.AssessmentAuthorisationDate_raw IS NULL AND a.AssessmentActualStartDate <= m.collection_end))
)
SELECT a_row AS row_id, LAchildID AS child_id FROM pairs
UNION
SELECT b_row AS row_id, LAchildID AS child_id FROM pairs
