-- code: SW12STG2
-- severity: error
-- message: If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after
-- table: Episodes
-- fields: SW_DECOM
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, SW12STG2
-- A child looked after on 31 March (not on a short-break V3/V4 legal status) must have social worker episodes
-- reaching back at least to the start of the year, or to the start of the current period of care (its
-- latest RNE S) when that is later. The episode open on 31 March is reported.
WITH open_eps AS (
    SELECT e.row_id, e.CHILD, e.DECOM
    FROM episodes e, meta m
    WHERE e.CHILD IS NOT NULL AND e.DECOM <= m.collection_end AND (e.DEC IS NULL OR e.DEC > m.collection_end)
      AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4'
), need AS (
    SELECT o.row_id, o.CHILD,
        greatest(m.collection_start, COALESCE(
            (SELECT max(s.DECOM) FROM episodes s WHERE s.CHILD = o.CHILD AND s.RNE = 'S' AND s.DECOM <= o.DECOM),
            m.collection_start)) AS needed_from
    FROM open_eps o, meta m
), first_sw AS (
    SELECT CHILD, min(SW_DECOM) AS first_start FROM sw_episodes WHERE CHILD IS NOT NULL GROUP BY CHILD
)
SELECT n.row_id, n.CHILD AS child_id
FROM need n LEFT JOIN first_sw f ON f.CHILD = n.CHILD
WHERE f.first_start IS NULL OR f.first_start > n.needed_from
