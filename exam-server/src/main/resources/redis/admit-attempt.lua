-- Admits an attempt unless the limit is reached in the current window, and counts it when asked:
-- deciding and counting in one step, so that a burst cannot slip past the limit. A new window
-- starts at the first attempt counted after the last one ended.
-- Windows follow the servers' clock (ARGV); the key's expiry only frees memory afterwards.
-- KEYS[1] the counter (hash: count, windowEnd in epoch milliseconds)
-- ARGV[1] now, ARGV[2] the end of a window starting now (epoch ms), ARGV[3] the window (ms),
-- ARGV[4] the limit, ARGV[5] '1' to count the attempt once admitted, '0' to only decide
-- Returns 1 when admitted, 0 when the limit was already reached.
local windowEnd = tonumber(redis.call('HGET', KEYS[1], 'windowEnd'))
local live = windowEnd ~= nil and tonumber(ARGV[1]) < windowEnd
local count = live and tonumber(redis.call('HGET', KEYS[1], 'count')) or 0
if count >= tonumber(ARGV[4]) then
  return 0
end
if ARGV[5] == '1' then
  if live then
    redis.call('HINCRBY', KEYS[1], 'count', 1)
  else
    redis.call('HSET', KEYS[1], 'count', '1', 'windowEnd', ARGV[2])
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
  end
end
return 1
