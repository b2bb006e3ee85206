-- Derived tables the 903 measures share, so a period of care and a carer spell are defined once. They are
-- built once per run (tables, not views: several measures read them).
--
-- care_episodes: every episode with its period of care and its carer spell.
-- A period of care is a chain of contiguous episodes: a new period starts at an episode with reason for new
-- episode S, or when the previous episode did not end on this one's start date with X1 (DfE SSDA903 guide,
-- episodes; domain.md §4.4 rule 1). A carer spell is the run of episodes within a period with the same
-- carer: it starts at S, P (placement and carer change) or B (legal status, placement and carer change) and
-- continues through L (legal status only), T and U (placement change, same carer) (domain.md §4.3 RNE).
-- The 903 return holds only the episodes open during its year, so history comes from last year's return when
-- given (episodes_all_years); an episode in both returns is taken from this year's. period_start is the first
-- start date found; period_start_known says whether that first episode is the start of care (RNE S), i.e.
-- whether the period's true start is in the data at all. row_id is this year's row (NULL for last year's).
CREATE OR REPLACE TABLE care_episodes AS
WITH source AS (
    SELECT * FROM episodes_all_years
    WHERE CHILD IS NOT NULL AND DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY CHILD, DECOM ORDER BY this_year DESC, row_id) = 1
),
ordered AS (
    SELECT CASE WHEN e.this_year THEN e.row_id END AS row_id, e.CHILD, e.DECOM, e.DEC, e.RNE, e.LS, e.PLACE, e.REC, e.CIN,
           lag(e.DEC) OVER (PARTITION BY e.CHILD ORDER BY e.DECOM) AS prev_dec,
           lag(e.REC) OVER (PARTITION BY e.CHILD ORDER BY e.DECOM) AS prev_rec
    FROM source e
),
flagged AS (
    SELECT *, COALESCE(RNE = 'S' OR prev_dec IS NULL OR prev_dec <> DECOM OR prev_rec IS DISTINCT FROM 'X1', TRUE) AS new_period
    FROM ordered
),
numbered AS (
    SELECT *,
           sum(CASE WHEN new_period THEN 1 ELSE 0 END) OVER (PARTITION BY CHILD ORDER BY DECOM) AS period_no,
           sum(CASE WHEN new_period OR RNE IN ('S', 'P', 'B') THEN 1 ELSE 0 END) OVER (PARTITION BY CHILD ORDER BY DECOM) AS carer_no
    FROM flagged
)
SELECT row_id, CHILD, DECOM, DEC, RNE, LS, PLACE, REC, CIN, period_no, carer_no,
       min(DECOM) OVER (PARTITION BY CHILD, period_no) AS period_start,
       first_value(RNE) OVER (PARTITION BY CHILD, period_no ORDER BY DECOM) = 'S' AS period_start_known,
       min(DECOM) OVER (PARTITION BY CHILD, carer_no) AS carer_start
FROM numbered;
