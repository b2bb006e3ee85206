-- code: SW02STG1
-- severity: error
-- message: Social worker ID does not begin with the characters ‘SW’ or ‘XX’.
-- table: SWEpisodes
-- fields: SW_ID
-- years: 2023-24..
-- source: DfE SSDA903 validation rules 2023-24, SW02STG1
-- A blank ID does not begin with either, so it is reported too.
SELECT row_id, CHILD AS child_id
FROM sw_episodes
WHERE SW_ID IS NULL OR upper(left(SW_ID, 2)) NOT IN ('SW', 'XX')
