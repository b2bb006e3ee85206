-- id: cin_icpc_rate
-- title: Initial child protection conferences during the year per 10,000 children aged under 18
-- definition: Initial child protection conferences held between 1 April and 31 March (DateOfInitialCPC on
--   the section 47 enquiry or the CINdetails episode, once per child and date) per 10,000 children aged 0
--   to 17 (ONS mid-year estimate for the June before).
-- source: DfE, Characteristics of children in need, "initial child protection conferences ... rate per
--   10,000 children" (domain.md §3.4)
-- numerator: initial child protection conferences in the year
-- denominator: population aged 0 to 17
-- unit: rate_per_10000
-- polarity: neutral
-- breakdowns: total
-- return: cin
WITH icpcs AS (  -- initial child protection conferences held in the year, once per child and date (recorded on the
                 -- section 47 enquiry, or on the CINdetails episode when no enquiry records it)
    SELECT DISTINCT LAchildID, held_on FROM (
        SELECT LAchildID, DateOfInitialCPC AS held_on FROM section47
        UNION ALL SELECT LAchildID, DateOfInitialCPC FROM cin_details
    ) x CROSS JOIN meta m
    WHERE held_on BETWEEN m.collection_start AND m.collection_end
)
SELECT 'total' AS breakdown, 'all' AS category, count(i.LAchildID) AS numerator, any_value(m.population_0_17) AS denominator,
       count(i.LAchildID) * 10000.0 / nullif(any_value(m.population_0_17), 0) AS value
FROM meta m LEFT JOIN icpcs i ON TRUE
