-- code: 8590
-- severity: error
-- message: Child does not have a recorded CIN episode.
-- table: ChildIdentifiers
-- fields: LAchildID
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8590: every child must have at least one <CINdetails> module.
--   Matched on the <Child> element (its XPath without the last step) when the rows came from XML, so a missing or
--   repeated LAchildID cannot hide a child; on LAchildID otherwise.
WITH with_episode AS (SELECT DISTINCT coalesce(parse_dirpath(xpath, '/'), LAchildID) AS child FROM cin_details)
SELECT i.row_id
FROM child_identifiers i
ANTI JOIN with_episode e ON e.child = coalesce(parse_dirpath(i.xpath, '/'), i.LAchildID)
