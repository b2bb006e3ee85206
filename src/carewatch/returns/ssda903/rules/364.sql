-- code: 364
-- severity: error
-- message: Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.
-- table: Episodes
-- fields: DECOM, LS, DEC
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 364
-- Longest allowed, PACE accommodation (J2): 21 days. Contiguous J2 episodes (each starting the day the
-- previous one ended) count as one spell, from the first DECOM to the last DEC (the collection end when still
-- open); every episode of a spell that is too long is reported.
WITH seq AS (
    SELECT e.row_id, e.CHILD, e.LS, e.DECOM, COALESCE(e.DEC, m.collection_end) AS spell_end,
           LAG(e.LS) OVER w AS previous_ls, LAG(e.DEC) OVER w AS previous_dec,
           row_number() OVER w AS n
    FROM episodes e CROSS JOIN meta m
    WHERE e.DECOM IS NOT NULL
      AND e.CHILD IN (SELECT CHILD FROM episodes WHERE LS = 'J2')  -- only children who have one
    WINDOW w AS (PARTITION BY e.CHILD ORDER BY e.DECOM, e.row_id)
),
spells AS (
    SELECT row_id, CHILD, DECOM, spell_end,
           SUM(CASE WHEN previous_ls = 'J2' AND previous_dec = DECOM THEN 0 ELSE 1 END) OVER (PARTITION BY CHILD ORDER BY n) AS spell
    FROM seq
    WHERE LS = 'J2'
)
SELECT row_id, CHILD AS child_id
FROM spells
WINDOW s AS (PARTITION BY CHILD, spell)
QUALIFY date_diff('day', MIN(DECOM) OVER s, MAX(spell_end) OVER s) > 21
