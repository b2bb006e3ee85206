-- id: cin_assessments_45_days
-- title: Assessments completed within 45 working days
-- definition: Of the assessments authorised between 1 April and 31 March, the share authorised no more than
--   45 working days after the assessment's actual start date (AssessmentActualStartDate). Working days are
--   Monday to Friday less England and Wales bank holidays; the start day itself is not counted (an
--   assessment started and authorised on the same day took 0 days), so one authorised on the 45th working
--   day after its start is on time and one authorised on the 46th is late. Assessments whose start date is
--   missing stay in the denominator as not shown to be on time. Working Together sets the practice standard
--   as 45 working days "from the point of referral"; the DfE statistic times the assessment from its own
--   start date, and carewatch follows the statistic so that the council's figure compares with the
--   published one.
-- source: DfE, Characteristics of children in need, table C2 "Completed assessments by duration of
--   assessment and local authority" (bands "Started and finished the same day", "1 to 10 days" ... "41 to
--   45 days", "46 to 50 days"),
--   https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6;
--   the DfE CIN census validation rule 8670Q (2022-23), which times the 45 working days from the
--   assessment's start: "if <AssessmentAuthorisationDate> (N00160) is not present then
--   <AssessmentActualStartDate> (N00159) should not be before the <ReferenceDate> (N00603) minus 45 working
--   days" (as carried in data-to-insight/csc-validator-be-cin@1bf6f22:cin_validator/rules/cin2022_23/rule_8670Q.py);
--   DfE LAIT measure 304 "Continuous assessments completed within 45 working days" (Continue_Assess_Comp),
--   data dictionary (dfe-analytical-services/local-authority-interactive-tool@2e30e39:01_data/02_prod/lait_data_dictionary.csv):
--   "a count of continuous assessments with an end date recorded within the collection year"; Working
--   Together to Safeguard Children, "no longer than 45 working days from the point of referral" (quoted from
--   https://proceduresonline.com/toolkit/glossary/a/cs-assessment; domain.md §3.4, §5.3, rule 12). No DfE
--   methodology text stating the clock start in words was found: the start date follows from C2's
--   "started and finished the same day" band and rule 8670Q.
-- numerator: assessments authorised within 45 working days of their start
-- denominator: assessments completed (authorised) in the year
-- unit: percent
-- polarity: higher_is_better
-- breakdowns: total
-- return: cin
WITH completed AS (  -- assessments completed (authorised) between 1 April and 31 March
    SELECT a.AssessmentActualStartDate, a.AssessmentAuthorisationDate
    FROM assessments a CROSS JOIN meta m
    WHERE a.AssessmentAuthorisationDate BETWEEN m.collection_start AND m.collection_end
),
due AS (
    SELECT AssessmentAuthorisationDate, add_working_days(AssessmentActualStartDate, 45) AS due_on FROM completed
)
SELECT 'total' AS breakdown, 'all' AS category, count(*) FILTER (WHERE AssessmentAuthorisationDate <= due_on) AS numerator,
       count(*) AS denominator, 100.0 * count(*) FILTER (WHERE AssessmentAuthorisationDate <= due_on) / nullif(count(*), 0) AS value
FROM due
