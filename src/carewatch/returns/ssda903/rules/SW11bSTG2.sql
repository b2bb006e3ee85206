-- code: SW11bSTG2
-- severity: error
-- message: Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.
-- table: SWEpisodes
-- fields: SW_DEC
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW11bSTG2
-- An episode ending in the last five days of the year (26-31 March) must be followed by another episode: one
-- starting later than it, or on or after its end.
SELECT s.row_id, s.CHILD AS child_id
FROM sw_episodes s, meta m
WHERE s.SW_DEC BETWEEN m.collection_end - INTERVAL 5 DAY AND m.collection_end
  AND NOT EXISTS (
      SELECT 1 FROM sw_episodes n
      WHERE n.CHILD = s.CHILD AND n.row_id <> s.row_id
        AND (n.SW_DECOM > s.SW_DECOM OR n.SW_DECOM >= s.SW_DEC)
  )
