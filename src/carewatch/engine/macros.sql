-- Functions rules and measures may call that do not transpile between engines. DuckDB implementations;
-- each other engine gets its own file with the same names, tested on the same fixtures.

-- Age in whole years at date d (birthday counted on the day itself).
CREATE OR REPLACE MACRO age_at(dob, d) AS
    (year(d) - year(dob) - CASE WHEN month(d) < month(dob) OR (month(d) = month(dob) AND day(d) < day(dob)) THEN 1 ELSE 0 END);

-- Working days (Monday to Friday less England and Wales bank holidays), from the `calendar` table the engine
-- builds: working_day_no counts working days from the calendar's start up to and including `day`.
-- Working days after a, up to and including b (negative when b is before a).
CREATE OR REPLACE MACRO working_days_between(a, b) AS
    ((SELECT working_day_no FROM calendar WHERE day = b) - (SELECT working_day_no FROM calendar WHERE day = a));
-- The date n working days after d (d itself not counted).
CREATE OR REPLACE MACRO add_working_days(d, n) AS
    (SELECT min(day) FROM calendar WHERE working AND working_day_no = (SELECT working_day_no FROM calendar WHERE day = d) + n);
