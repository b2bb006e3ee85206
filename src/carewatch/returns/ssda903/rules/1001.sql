-- code: 1001
-- severity: error
-- message: The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]
-- table: OC3
-- fields: IN_TOUCH, ACTIV, ACCOM
-- years: 2022-23..
-- source: DfE SSDA903 validation rules, rule 1001: a care leaver must have been looked after for at least 13 weeks
-- (91 days) since age 14, some of it at 16 or over (the eligible child of Children Act 1989 Sch. 2 para 19B), and
-- not have left care by adoption. Only this year's and last year's episodes are known, so only young people under 20 at the
-- collection end are checked (older ones' time in care mostly falls before last year's return).
-- Short-break (V3/V4) episodes do not count. An episode open at the collection end counts up to that date.
WITH leavers AS (SELECT DISTINCT CHILD FROM oc3 WHERE CHILD IS NOT NULL),
eps AS (
    SELECT CHILD, DECOM, DEC, LS, REC FROM episodes WHERE CHILD IN (SELECT CHILD FROM leavers)
    UNION ALL
    SELECT CHILD, DECOM, DEC, LS, REC FROM episodes_last WHERE CHILD IN (SELECT CHILD FROM leavers)
),
-- An episode open at last year's end appears in both returns: keep one copy, the one that has ended if either has.
dedup AS (
    SELECT * FROM eps QUALIFY row_number() OVER (PARTITION BY CHILD, DECOM ORDER BY DEC NULLS LAST) = 1
),
closed AS (
    SELECT d.CHILD, d.DECOM, d.LS, d.REC,
           CASE WHEN d.DEC IS NULL AND d.DECOM = max(d.DECOM) OVER (PARTITION BY d.CHILD) THEN m.collection_end
                ELSE d.DEC END AS DEC,
           row_number() OVER (PARTITION BY d.CHILD ORDER BY d.DECOM DESC NULLS LAST) AS from_last
    FROM dedup d CROSS JOIN meta m
),
young AS (
    SELECT DISTINCT h.CHILD, h.DOB
    FROM header h CROSS JOIN meta m
    WHERE h.CHILD IN (SELECT CHILD FROM leavers) AND h.DOB IS NOT NULL AND h.DOB + INTERVAL 20 YEAR > m.collection_end
),
care AS (
    SELECT c.CHILD,
           sum(greatest(date_diff('day', greatest(c.DECOM, CAST(y.DOB + INTERVAL 14 YEAR AS DATE)), c.DEC), 0)) AS days14,
           sum(greatest(date_diff('day', greatest(c.DECOM, CAST(y.DOB + INTERVAL 16 YEAR AS DATE)), c.DEC), 0)) AS days16
    FROM closed c JOIN young y ON y.CHILD = c.CHILD
    WHERE c.LS IS NULL OR c.LS NOT IN ('V3', 'V4')
    GROUP BY c.CHILD
),
adopted AS (
    SELECT CHILD FROM closed WHERE from_last = 1 AND REC IN ('E11', 'E12')
)
SELECT o.row_id, o.CHILD AS child_id
FROM oc3 o
JOIN (SELECT DISTINCT CHILD FROM young) y ON y.CHILD = o.CHILD
LEFT JOIN care c ON c.CHILD = o.CHILD
WHERE o.CHILD IN (SELECT CHILD FROM adopted) OR c.days14 IS NULL OR c.days14 < 91 OR c.days16 < 1
