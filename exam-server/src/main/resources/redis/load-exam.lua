-- One candidate's exam as stored: its base and the answer steps after it, read together.
-- KEYS[1] the session's exams (hash: candidate id -> exam JSON), KEYS[2] the candidate's answer log
-- ARGV[1] candidate id
-- Returns an empty list when there is no exam, else the base followed by the steps in order.
local base = redis.call('HGET', KEYS[1], ARGV[1])
if not base then
  return {}
end
local steps = redis.call('LRANGE', KEYS[2], 0, -1)
table.insert(steps, 1, base)
return steps
