-- Functions rules and measures may call that do not transpile between engines. DuckDB implementations;
-- each other engine gets its own file with the same names, tested on the same fixtures.

-- Age in whole years at date d (birthday counted on the day itself).
CREATE OR REPLACE MACRO age_at(dob, d) AS
    (year(d) - year(dob) - CASE WHEN month(d) < month(dob) OR (month(d) = month(dob) AND day(d) < day(dob)) THEN 1 ELSE 0 END);
