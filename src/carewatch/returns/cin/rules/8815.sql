-- code: 8815
-- severity: error
-- message: More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.
-- table: CINdetails
-- fields: ReferralNFA, CINclosureDate
-- years: 2023-24..
-- source: DfE CIN census validation rules, rule 8815: of a child's CINdetails, only one may have no CINclosureDate
-- with ReferralNFA false or 0 (open NFA referrals may be several). Findings point at each such open episode.
SELECT row_id, LAchildID AS child_id
FROM cin_details
WHERE CINclosureDate_raw IS NULL AND ReferralNFA IS FALSE
QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
