-- Counts one failure; the first failure of a window starts the window's expiry.
-- KEYS[1] the counter, ARGV[1] the window in milliseconds. Returns the count.
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return count
