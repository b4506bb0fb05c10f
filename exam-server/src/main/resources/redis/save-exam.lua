-- Compare-and-set of one candidate's exam, written whole: its answer log starts again empty.
-- KEYS[1] the session's exam versions (hash: candidate id -> version)
-- KEYS[2] the session's exams (hash: candidate id -> exam JSON, the base of the answer log)
-- KEYS[3] the candidate's answer log (list of answer steps after the base)
-- ARGV[1] candidate id, ARGV[2] version the caller read (0: none), ARGV[3] new version, ARGV[4] exam JSON
-- Returns 1 when stored, 0 (and changes nothing) when another save came first.
local stored = redis.call('HGET', KEYS[1], ARGV[1]) or '0'
if stored ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('DEL', KEYS[3])
return 1
