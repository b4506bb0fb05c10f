-- Counts one failure in the current window, or starts a new window when the last one ended.
-- Windows follow the servers' clock (ARGV); the key's expiry only frees memory afterwards.
-- KEYS[1] the counter (hash: count, windowEnd in epoch milliseconds)
-- ARGV[1] now, ARGV[2] the end of a window starting now (epoch ms), ARGV[3] the window (ms)
-- Returns the count in the current window.
local windowEnd = tonumber(redis.call('HGET', KEYS[1], 'windowEnd'))
if windowEnd == nil or tonumber(ARGV[1]) >= windowEnd then
  redis.call('HSET', KEYS[1], 'count', '1', 'windowEnd', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return redis.call('HINCRBY', KEYS[1], 'count', 1)
