-- A pupil joins a campaign once: the first participation stored wins.
-- KEYS[1] the pupil's campaigns (hash: campaign id -> participation id)
-- KEYS[2] the pupil's participation versions (hash: participation id -> version)
-- KEYS[3] the pupil's participations (hash: participation id -> JSON)
-- ARGV[1] campaign id, ARGV[2] participation id, ARGV[3] its JSON (version 1)
-- Returns the id of the participation stored: ARGV[2], or the one stored before.
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  return existing
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], '1')
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
return ARGV[2]
