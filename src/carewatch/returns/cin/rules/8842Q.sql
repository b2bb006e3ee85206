-- code: 8842Q
-- severity: query
-- message: Please check and either amend or provide a reason: Review Record has a missing date
-- table: Reviews
-- fields: CPPreviewDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8842Q: where a Reviews group is present a valid CPPreviewDate should be
-- present (one row per CPPreviewDate element; a blank or invalid date is not a valid one)
SELECT row_id, LAchildID AS child_id
FROM cpp_reviews
WHERE CPPreviewDate IS NULL
