-- Compare-and-set of one record written whole (an exam, a participation), with its version kept
-- apart; an exam's answer log starts again empty.
-- KEYS[1] the versions (hash: id -> version)
-- KEYS[2] the records (hash: id -> JSON; for an exam, the base of its answer log)
-- KEYS[3] optional: the record's answer log (list of answer steps after the base), emptied
-- ARGV[1] id, ARGV[2] version the caller read (0: none), ARGV[3] new version, ARGV[4] JSON
-- Returns 1 when stored, 0 (and changes nothing) when another save came first.
local stored = redis.call('HGET', KEYS[1], ARGV[1]) or '0'
if stored ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
if KEYS[3] then
  redis.call('DEL', KEYS[3])
end
return 1
