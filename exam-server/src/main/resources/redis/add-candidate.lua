-- Enrols or replaces a candidate; a new one goes to the end of the enrolment order.
-- KEYS[1] the session's candidates (hash: id -> JSON), KEYS[2] the enrolment order (list of ids)
-- ARGV[1] candidate id, ARGV[2] candidate JSON
if redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
end
return 1
