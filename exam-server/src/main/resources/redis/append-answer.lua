-- Compare-and-set of one candidate's exam by one answer: the step is appended to the exam's
-- answer log and the version advanced, the exam itself is not rewritten.
-- KEYS[1] the session's exam versions (hash: candidate id -> version)
-- KEYS[2] the candidate's answer log (list of answer steps after the exam's base)
-- ARGV[1] candidate id, ARGV[2] version the caller read, ARGV[3] new version, ARGV[4] the step
-- Returns 1 when stored, 0 (and changes nothing) when another save came first.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('RPUSH', KEYS[2], ARGV[4])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
