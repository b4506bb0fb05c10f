-- Takes back one attempt counted by admit-attempt.lua, within the window that counted it only:
-- an expired or missing counter is left alone (HINCRBY would recreate it without an expiry).
-- KEYS[1] the counter (hash: count, windowEnd in epoch milliseconds)
-- ARGV[1] now (epoch ms)
-- Returns the count left.
local windowEnd = tonumber(redis.call('HGET', KEYS[1], 'windowEnd'))
if windowEnd == nil or tonumber(ARGV[1]) >= windowEnd then
  return 0
end
local count = tonumber(redis.call('HGET', KEYS[1], 'count'))
if count <= 0 then
  return 0
end
return redis.call('HINCRBY', KEYS[1], 'count', -1)
