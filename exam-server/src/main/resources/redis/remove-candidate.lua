-- Removes a candidate and their place in the enrolment order.
-- KEYS[1] the session's candidates (hash: id -> JSON), KEYS[2] the enrolment order (list of ids)
-- ARGV[1] candidate id
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('LREM', KEYS[2], 0, ARGV[1])
return 1
