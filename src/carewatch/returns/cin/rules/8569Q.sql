-- code: 8569Q
-- severity: query
-- message: A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case
-- table: CINdetails
-- fields: ReferralNFA, CINreferralDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8569Q: if <CINreferralDate> (N00100) is before [Start_of_Census_Year]
--   (1 April) minus 1 working day (England bank holidays), <ReferralNFA> (N00112) must be false.
WITH cutoff AS (
    SELECT max(k.day) AS d
    FROM calendar k CROSS JOIN meta m
    WHERE k.working AND k.day < m.collection_start
)
SELECT c.row_id
FROM cin_details c CROSS JOIN cutoff
WHERE c.CINreferralDate < cutoff.d AND c.ReferralNFA IS DISTINCT FROM false
