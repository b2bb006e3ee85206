-- code: 4014
-- severity: error
-- message: CIN Plan data contains overlapping dates
-- table: CINplanDates
-- fields: CINPlanStartDate, CINPlanEndDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 4014: where a child has more than one <CINPlanDates> group, the
--   <CINPlanStartDate> (N00689) of each cannot fall within another group's <CINPlanStartDate> to <CINPlanEndDate>
--   (N00690), or its <CINPlanStartDate> to the <ReferenceDate> when it has no end date. Both plans are reported.
WITH plans AS (
    SELECT row_id, LAchildID, CINPlanStartDate AS s, CINPlanEndDate AS e, CINPlanEndDate_raw AS e_raw
    FROM cin_plan_dates
    WHERE CINPlanStartDate IS NOT NULL
),
overlapping AS (
    SELECT a.row_id AS a_row, b.row_id AS b_row
    FROM plans a
    JOIN plans b ON b.LAchildID = a.LAchildID AND b.row_id <> a.row_id
    CROSS JOIN meta m
    WHERE a.s >= b.s AND (a.s <= b.e OR (b.e_raw IS NULL AND a.s <= m.collection_end))
)
SELECT a_row AS row_id FROM overlapping
UNION
SELECT b_row AS row_id FROM overlapping
