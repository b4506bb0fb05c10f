-- Appends one version of a candidate's result, unless published or not the next version.
-- KEYS[1] the session's publication (string), KEYS[2] latest versions (hash: candidate id -> version)
-- KEYS[3] every version of every result (list of JSON)
-- ARGV[1] candidate id, ARGV[2] the version the caller read (0: none), ARGV[3] new version,
-- ARGV[4] the result's JSON
-- Returns 1 when stored, 0 when another version came first, -1 when published (nothing changes).
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
local latest = redis.call('HGET', KEYS[2], ARGV[1]) or '0'
if latest ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('RPUSH', KEYS[3], ARGV[4])
return 1
