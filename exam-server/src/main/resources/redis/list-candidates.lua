-- The session's candidates in enrolment order.
-- KEYS[1] the session's candidates (hash: id -> JSON), KEYS[2] the enrolment order (list of ids)
local ids = redis.call('LRANGE', KEYS[2], 0, -1)
local candidates = {}
for i, id in ipairs(ids) do
  candidates[i] = redis.call('HGET', KEYS[1], id)
end
return candidates
