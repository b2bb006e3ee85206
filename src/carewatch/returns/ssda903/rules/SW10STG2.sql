-- code: SW10STG2
-- severity: error
-- message: A new social worker episode has started before the end date of the previous social worker episode.
-- table: SWEpisodes
-- fields: SW_DECOM
-- years: 2024-25..
-- source: DfE SSDA903 validation rules 2024-25, SW10STG2
-- Unless the change was the family's request (FCONTA), an episode may start no earlier than 7 days before
-- the previous episode's end date (the DfE allows 7 days either way). An open previous episode is SW08STG2's.
SELECT row_id, CHILD AS child_id
FROM (
    SELECT row_id, CHILD, SW_DECOM, SW_REASON,
        lag(SW_DEC) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, SW_DEC NULLS LAST, row_id) AS prev_dec
    FROM sw_episodes
    WHERE CHILD IS NOT NULL AND SW_DECOM IS NOT NULL
)
WHERE SW_REASON IS DISTINCT FROM 'FCONTA' AND SW_DECOM < prev_dec - INTERVAL 7 DAY
