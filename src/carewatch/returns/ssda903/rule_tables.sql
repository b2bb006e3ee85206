-- Tables several 903 rules read, derived once per run before the rules (engine.run.create_rule_tables), so the
-- rules that compare the same episodes define them once. A table whose input was not given (last year's
-- return) is not built, and the rules that read it are skipped for want of that input.
--
-- first_episode: each child's first episode in this year's return: the earliest start date (DECOM), then the
-- earliest row. Episodes without a valid start date are left out.
CREATE TABLE first_episode AS
SELECT * FROM episodes
WHERE DECOM IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, row_id) = 1;

-- final_episode_last: each child's final episode in last year's return: the latest start date, then the
-- earliest row. Still open at last year's end when its DEC is blank.
CREATE TABLE final_episode_last AS
SELECT * FROM episodes_last
WHERE DECOM IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, row_id) = 1;
