-- code: 8820
-- severity: error
-- message: The dates on the CIN episodes for this child overlap
-- table: CINdetails
-- fields: CINreferralDate, CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8820: where a child has more than one CINdetails, no CINreferralDate
-- may fall on or after another episode's CINreferralDate and (a) before its CINclosureDate, or (b) before the
-- ReferenceDate when it has no CINclosureDate and ReferralNFA is false or 0. One episode may end on the day the
-- next starts. Findings point at both episodes of each overlapping pair.
WITH pairs AS (
    SELECT a.row_id AS a_row, b.row_id AS b_row, a.LAchildID
    FROM cin_details a
    JOIN cin_details b ON b.LAchildID = a.LAchildID AND b.row_id <> a.row_id
    CROSS JOIN meta m
    WHERE a.CINreferralDate >= b.CINreferralDate
      AND (a.CINreferralDate < b.CINclosureDate
           OR (b.CINclosureDate_raw IS NULL AND b.ReferralNFA IS FALSE AND a.CINreferralDate < m.collection_end))
)
SELECT a_row AS row_id, LAchildID AS child_id FROM pairs
UNION
SELECT b_row AS row_id, LAchildID AS child_id FROM pairs
