-- code: 8816
-- severity: error
-- message: An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.
-- table: CINdetails
-- fields: CINreferralDate, ReferralNFA
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8816: a CINdetails with no CINclosureDate and ReferralNFA false or 0
-- must have the latest CINreferralDate of all the child's CINdetails. An open episode that shares that date with
-- another episode is not shown to be the latest (the dates give no order between them).
WITH dated AS (
    SELECT row_id, LAchildID, CINreferralDate, CINclosureDate_raw, ReferralNFA,
           max(CINreferralDate) OVER (PARTITION BY LAchildID) AS latest,
           count(*) OVER (PARTITION BY LAchildID, CINreferralDate) AS same_day
    FROM cin_details
)
SELECT row_id, LAchildID AS child_id
FROM dated
WHERE CINclosureDate_raw IS NULL AND ReferralNFA IS FALSE
  AND (CINreferralDate < latest OR (CINreferralDate = latest AND same_day > 1))
