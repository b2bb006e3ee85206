-- id: cin_31mar
-- title: Children in need at 31 March
-- definition: Children with a children in need episode open at 31 March (referral on or before that day, no
--   closure date by it), counted once; this includes children on child protection plans, looked after
--   children and unborn children.
-- source: DfE, Characteristics of children in need, "children in need at 31 March" (b1; domain.md §3.4)
-- numerator: children in need at 31 March
-- denominator: none
-- unit: count
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH in_need AS (  -- children with a CINdetails episode open at 31 March (referred on or before, not closed by then)
    SELECT DISTINCT d.LAchildID FROM cin_details d CROSS JOIN meta m
    WHERE d.CINreferralDate <= m.collection_end AND (d.CINclosureDate IS NULL OR d.CINclosureDate > m.collection_end)
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) AS numerator, NULL AS denominator, count(*) AS value FROM in_need
