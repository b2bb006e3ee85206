-- code: 165
-- severity: error
-- message: Data entry for mother status is invalid.
-- table: Header
-- fields: MOTHER,SEX,ACTIV,ACCOM,IN_TOUCH,DECOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 165 (male/female read from the year's SEX codes: 1/2, then M/F from 2024-25): if provided, MOTHER must be 0 or 1 and the child not male; a female child with an episode in the year (other than V3/V4 short breaks) must have MOTHER
-- Male and female are found by label in the year's SEX code list, so the rule holds for 1/2 and for M/F.
WITH in_year AS (
    SELECT DISTINCT e.CHILD
    FROM episodes e CROSS JOIN meta m
    WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
      AND e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC >= m.collection_start)
),
bad AS (
    SELECT h.row_id, h.CHILD
    FROM header h
    WHERE (h.MOTHER IS NOT NULL AND h.MOTHER NOT IN (SELECT code FROM codes WHERE list = 'flag'))
       OR (h.MOTHER IS NOT NULL AND h.SEX IN (SELECT code FROM codes WHERE list = 'sex' AND label = 'Male'))
       OR (h.MOTHER IS NULL AND h.SEX IN (SELECT code FROM codes WHERE list = 'sex' AND label = 'Female')
           AND h.CHILD IN (SELECT CHILD FROM in_year))
)
-- The child's care leaver (OC3) row is part of the check, so it is reported too.
SELECT row_id, CHILD AS child_id, 'Header' AS table_name FROM bad
UNION ALL
SELECT o.row_id, o.CHILD, 'OC3' FROM oc3 o JOIN bad b ON b.CHILD = o.CHILD
