-- Compare-and-set of one pupil's participation (an exam's save without its answer log).
-- KEYS[1] the pupil's participation versions (hash: participation id -> version)
-- KEYS[2] the pupil's participations (hash: participation id -> participation JSON)
-- ARGV[1] participation id, ARGV[2] version the caller read (0: none), ARGV[3] new version,
-- ARGV[4] participation JSON
-- Returns 1 when stored, 0 (and changes nothing) when another save came first.
local stored = redis.call('HGET', KEYS[1], ARGV[1]) or '0'
if stored ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
return 1
