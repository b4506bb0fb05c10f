-- Keeps a pupil's profile unless the stored one was shared later: the latest shared profile wins.
-- KEYS[1] the centre's profiles (hash: pupil id -> JSON with sharedAtMillis)
-- ARGV[1] pupil id, ARGV[2] the offered profile's sharedAtMillis, ARGV[3] the offered JSON
local stored = redis.call('HGET', KEYS[1], ARGV[1])
if stored and tonumber(cjson.decode(stored)['sharedAtMillis']) > tonumber(ARGV[2]) then
  return stored
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return ARGV[3]
